from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class ChangeFlowRunState(_t.Model):
    """Changes the state of a flow run associated with the trigger

    Attributes:
        state (StateType): Enumeration of state types.
        force (bool | Unset): Force the state change even if the transition is not allowed Default:
            False.
        message (str | None | Unset): An optional message to associate with the state change
        name (str | None | Unset): The name of the state to change the flow run to
        type (Literal['change-flow-run-state'] | Unset):  Default: 'change-flow-run-state'.
    """

    state: StateType
    force: bool | Unset = UNSET
    message: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type: Literal["change-flow-run-state"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ChangeFlowRunState,
    _t.Field("state", "state", _t.enum_of("state_type", "StateType"), True),
    _t.Field("force", "force", _t.BOOL, False, default=False),
    _t.Field("message", "message", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "type", "type", _t.const("change-flow-run-state"), False, default="change-flow-run-state"
    ),
    consts=(("type", "change-flow-run-state"),),
)

_d0 = ChangeFlowRunState._fields_[0].decode
_d4 = ChangeFlowRunState._fields_[4].decode


def _decode(self: ChangeFlowRunState, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["state"]
    v = _d0(v)
    put(self, "state", v)
    v = get("force", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "force", v)
    v = get("message", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "message", v)
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "type", v)


ChangeFlowRunState._fast_ = _decode


_values = ChangeFlowRunState._values_


def _dump_json(self: ChangeFlowRunState) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (
        v0,
        v1,
        v2,
        v3,
        v4,
    ) = _values(self)
    if isinstance(v0, _Enum):
        v0 = v0._value_
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is dict:
        v4 = _dump_dict(v4) if v4 else {}
    elif v4.__class__ is list:
        v4 = _dump_list(v4) if v4 else []
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "state": v0,
        "force": v1,
        "message": v2,
        "name": v3,
        "type": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ChangeFlowRunState._dump_json = _dump_json  # type: ignore[method-assign,assignment]
