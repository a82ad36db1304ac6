from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class HistoryResponseState(_t.Model):
    """Represents a single state's history over an interval.

    Attributes:
        count_runs (int): The number of runs in the specified state during the interval.
        state_name (str): The state name.
        state_type (StateType): Enumeration of state types.
        sum_estimated_lateness (_dt.timedelta): The sum of differences between actual and expected
            start time during the interval.
        sum_estimated_run_time (_dt.timedelta): The total estimated run time of all runs during the
            interval.
    """

    count_runs: int
    state_name: str
    state_type: StateType
    sum_estimated_lateness: _dt.timedelta
    sum_estimated_run_time: _dt.timedelta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    HistoryResponseState,
    _t.Field("count_runs", "count_runs", _t.INT, True),
    _t.Field("state_name", "state_name", _t.STR, True),
    _t.Field("state_type", "state_type", _t.enum_of("state_type", "StateType"), True),
    _t.Field("sum_estimated_lateness", "sum_estimated_lateness", _t.DURATION, True),
    _t.Field("sum_estimated_run_time", "sum_estimated_run_time", _t.DURATION, True),
)

_d2 = HistoryResponseState._fields_[2].decode
_d3 = HistoryResponseState._fields_[3].decode
_d4 = HistoryResponseState._fields_[4].decode


def _decode(self: HistoryResponseState, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["count_runs"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "count_runs", v)
    v = raw["state_name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "state_name", v)
    v = raw["state_type"]
    v = _d2(v)
    put(self, "state_type", v)
    v = raw["sum_estimated_lateness"]
    v = _td(seconds=v) if v.__class__ is float else _d3(v)
    put(self, "sum_estimated_lateness", v)
    v = raw["sum_estimated_run_time"]
    v = _td(seconds=v) if v.__class__ is float else _d4(v)
    put(self, "sum_estimated_run_time", v)


HistoryResponseState._fast_ = _decode


_values = HistoryResponseState._values_


def _dump_json(self: HistoryResponseState) -> dict[str, Any]:
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
    if isinstance(v2, _Enum):
        v2 = v2._value_
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is _td:
        v3 = v3.total_seconds()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is _td:
        v4 = v4.total_seconds()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "count_runs": v0,
        "state_name": v1,
        "state_type": v2,
        "sum_estimated_lateness": v3,
        "sum_estimated_run_time": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


HistoryResponseState._dump_json = _dump_json  # type: ignore[method-assign,assignment]
