from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


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


def _dump_json(self: CountByState) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.CANCELLED
    if v.__class__ in _PLAIN:
        out["CANCELLED"] = v
    elif v is not UNSET:
        out["CANCELLED"] = _dj(v)
    v = self.CANCELLING
    if v.__class__ in _PLAIN:
        out["CANCELLING"] = v
    elif v is not UNSET:
        out["CANCELLING"] = _dj(v)
    v = self.COMPLETED
    if v.__class__ in _PLAIN:
        out["COMPLETED"] = v
    elif v is not UNSET:
        out["COMPLETED"] = _dj(v)
    v = self.CRASHED
    if v.__class__ in _PLAIN:
        out["CRASHED"] = v
    elif v is not UNSET:
        out["CRASHED"] = _dj(v)
    v = self.FAILED
    if v.__class__ in _PLAIN:
        out["FAILED"] = v
    elif v is not UNSET:
        out["FAILED"] = _dj(v)
    v = self.PAUSED
    if v.__class__ in _PLAIN:
        out["PAUSED"] = v
    elif v is not UNSET:
        out["PAUSED"] = _dj(v)
    v = self.PENDING
    if v.__class__ in _PLAIN:
        out["PENDING"] = v
    elif v is not UNSET:
        out["PENDING"] = _dj(v)
    v = self.RUNNING
    if v.__class__ in _PLAIN:
        out["RUNNING"] = v
    elif v is not UNSET:
        out["RUNNING"] = _dj(v)
    v = self.SCHEDULED
    if v.__class__ in _PLAIN:
        out["SCHEDULED"] = v
    elif v is not UNSET:
        out["SCHEDULED"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CountByState._dump_json = _dump_json  # type: ignore[method-assign,assignment]
