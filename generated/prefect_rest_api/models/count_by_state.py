from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class CountByState(_t.Model):
    """CountByState

    Attributes:
        CANCELLED (int | Unset):  Default: 0.
        CANCELLING (int | Unset):  Default: 0.
        COMPLETED (int | Unset):  Default: 0.
        CRASHED (int | Unset):  Default: 0.
        FAILED (int | Unset):  Default: 0.
        PAUSED (int | Unset):  Default: 0.
        PENDING (int | Unset):  Default: 0.
        RUNNING (int | Unset):  Default: 0.
        SCHEDULED (int | Unset):  Default: 0.
    """

    CANCELLED: int | Unset = UNSET
    CANCELLING: int | Unset = UNSET
    COMPLETED: int | Unset = UNSET
    CRASHED: int | Unset = UNSET
    FAILED: int | Unset = UNSET
    PAUSED: int | Unset = UNSET
    PENDING: int | Unset = UNSET
    RUNNING: int | Unset = UNSET
    SCHEDULED: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CountByState,
    _t.Field("CANCELLED", "CANCELLED", _t.INT, False, default=0),
    _t.Field("CANCELLING", "CANCELLING", _t.INT, False, default=0),
    _t.Field("COMPLETED", "COMPLETED", _t.INT, False, default=0),
    _t.Field("CRASHED", "CRASHED", _t.INT, False, default=0),
    _t.Field("FAILED", "FAILED", _t.INT, False, default=0),
    _t.Field("PAUSED", "PAUSED", _t.INT, False, default=0),
    _t.Field("PENDING", "PENDING", _t.INT, False, default=0),
    _t.Field("RUNNING", "RUNNING", _t.INT, False, default=0),
    _t.Field("SCHEDULED", "SCHEDULED", _t.INT, False, default=0),
)


def _decode(self: CountByState, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("CANCELLED", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "CANCELLED", v)
    v = get("CANCELLING", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "CANCELLING", v)
    v = get("COMPLETED", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "COMPLETED", v)
    v = get("CRASHED", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "CRASHED", v)
    v = get("FAILED", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "FAILED", v)
    v = get("PAUSED", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "PAUSED", v)
    v = get("PENDING", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "PENDING", v)
    v = get("RUNNING", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "RUNNING", v)
    v = get("SCHEDULED", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "SCHEDULED", v)


CountByState._fast_ = _decode
