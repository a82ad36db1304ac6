from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class StateWaitDetails(_t.Model):
    """Details associated with a WAIT state transition.

    Attributes:
        delay_seconds (int): The length of time in seconds the client should wait before
            transitioning states.
        reason (str | None | Unset): The reason why the state transition should wait.
        type (Literal['wait_details'] | Unset): The type of state transition detail. Used to ensure
            pydantic does not coerce into a different type. Default: 'wait_details'.
    """

    delay_seconds: int
    reason: str | None | Unset = UNSET
    type: Literal["wait_details"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    StateWaitDetails,
    _t.Field("delay_seconds", "delay_seconds", _t.INT, True),
    _t.Field("reason", "reason", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("type", "type", _t.const("wait_details"), False, default="wait_details"),
    consts=(("type", "wait_details"),),
)

_d2 = StateWaitDetails._fields_[2].decode


def _decode(self: StateWaitDetails, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["delay_seconds"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "delay_seconds", v)
    v = get("reason", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "reason", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "type", v)


StateWaitDetails._fast_ = _decode


_values = StateWaitDetails._values_


def _dump_json(self: StateWaitDetails) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "delay_seconds": v0,
        "reason": v1,
        "type": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


StateWaitDetails._dump_json = _dump_json  # type: ignore[method-assign,assignment]
