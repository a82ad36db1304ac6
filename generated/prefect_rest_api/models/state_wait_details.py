from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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
