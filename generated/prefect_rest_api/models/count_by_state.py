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


_values = CountByState._values_


def _dump_json(self: CountByState) -> dict[str, Any]:
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
        v5,
        v6,
        v7,
        v8,
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
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    out: dict[str, Any] = {
        "CANCELLED": v0,
        "CANCELLING": v1,
        "COMPLETED": v2,
        "CRASHED": v3,
        "FAILED": v4,
        "PAUSED": v5,
        "PENDING": v6,
        "RUNNING": v7,
        "SCHEDULED": v8,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CountByState._dump_json = _dump_json  # type: ignore[method-assign,assignment]
