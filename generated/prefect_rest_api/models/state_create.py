from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.state_details import StateDetails
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class StateCreate(_t.StateModel):
    """Data used by the Prefect REST API to create a new state.

    Attributes:
        type (StateType): Enumeration of state types.
        data (Any | None | Unset): The data of the state to create
        message (str | None | Unset): The message of the state to create
        name (str | None | Unset): The name of the state to create
        state_details (StateDetails | Unset):
    """

    type: StateType
    data: Any | None | Unset = UNSET
    message: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    state_details: StateDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    StateCreate,
    _t.Field("type", "type", _t.enum_of("state_type", "StateType"), True),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False, default=None),
    _t.Field("message", "message", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("state_details", "state_details", _t.model("state_details", "StateDetails"), False),
)

_d0 = StateCreate._fields_[0].decode
_d4 = StateCreate._fields_[4].decode


def _decode(self: StateCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["type"]
    v = _d0(v)
    put(self, "type", v)
    v = get("data", UNSET)

    put(self, "data", v)
    v = get("message", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "message", v)
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("state_details", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "state_details", v)


StateCreate._fast_ = _decode


_values = StateCreate._values_


def _dump_json(self: StateCreate) -> dict[str, Any]:
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
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
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
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "type": v0,
        "data": v1,
        "message": v2,
        "name": v3,
        "state_details": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


StateCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
