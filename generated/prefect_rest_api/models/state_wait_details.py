from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
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


def _dump_json(self: StateWaitDetails) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.delay_seconds
    if v.__class__ in _PLAIN:
        out["delay_seconds"] = v
    elif v is not UNSET:
        out["delay_seconds"] = _dj(v)
    v = self.reason
    if v.__class__ in _PLAIN:
        out["reason"] = v
    elif v is not UNSET:
        out["reason"] = _dj(v)
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


StateWaitDetails._dump_json = _dump_json  # type: ignore[method-assign,assignment]
