from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class ScheduleDeploymentBody(_t.Model):
    """ScheduleDeploymentBody

    Attributes:
        end_time (datetime.datetime | Unset): The latest date to schedule
        max_runs (int | Unset): The maximum number of runs to schedule
        min_runs (int | Unset): The minimum number of runs to schedule
        min_time (float | Unset): Runs will be scheduled until at least this long after the
            `start_time`
        start_time (datetime.datetime | Unset): The earliest date to schedule
    """

    end_time: datetime.datetime | Unset = UNSET
    max_runs: int | Unset = UNSET
    min_runs: int | Unset = UNSET
    min_time: float | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ScheduleDeploymentBody,
    _t.Field("end_time", "end_time", _t.DATETIME, False),
    _t.Field("max_runs", "max_runs", _t.INT, False),
    _t.Field("min_runs", "min_runs", _t.INT, False),
    _t.Field("min_time", "min_time", _t.FLOAT, False),
    _t.Field("start_time", "start_time", _t.DATETIME, False),
)


def _decode(self: ScheduleDeploymentBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("end_time", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "end_time", v)
    v = get("max_runs", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_runs", v)
    v = get("min_runs", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "min_runs", v)
    v = get("min_time", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "min_time", v)
    v = get("start_time", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "start_time", v)


ScheduleDeploymentBody._fast_ = _decode


_values = ScheduleDeploymentBody._values_


def _dump_json(self: ScheduleDeploymentBody) -> dict[str, Any]:
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
    if v0.__class__ is _datetime:
        us = v0.microsecond
        if us and v0.tzinfo is _utc:
            y = v0.year
            v0 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v0.month]}-{_D2[v0.day]}"
                f"T{_D2[v0.hour]}:{_D2[v0.minute]}:{_D2[v0.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v0 = _iso(v0)
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
    if v4.__class__ is _datetime:
        us = v4.microsecond
        if us and v4.tzinfo is _utc:
            y = v4.year
            v4 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v4.month]}-{_D2[v4.day]}"
                f"T{_D2[v4.hour]}:{_D2[v4.minute]}:{_D2[v4.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v4 = _iso(v4)
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "end_time": v0,
        "max_runs": v1,
        "min_runs": v2,
        "min_time": v3,
        "start_time": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ScheduleDeploymentBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
