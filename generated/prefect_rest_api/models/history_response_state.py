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


def _dump_json(self: HistoryResponseState) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.count_runs
    if v.__class__ in _PLAIN:
        out["count_runs"] = v
    elif v is not UNSET:
        out["count_runs"] = _dj(v)
    v = self.state_name
    if v.__class__ in _PLAIN:
        out["state_name"] = v
    elif v is not UNSET:
        out["state_name"] = _dj(v)
    v = self.state_type
    if isinstance(v, _Enum):
        out["state_type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["state_type"] = v
    elif v is not UNSET:
        out["state_type"] = _dj(v)
    v = self.sum_estimated_lateness
    if v.__class__ in _PLAIN:
        out["sum_estimated_lateness"] = v
    elif v is not UNSET:
        out["sum_estimated_lateness"] = _dj(v)
    v = self.sum_estimated_run_time
    if v.__class__ in _PLAIN:
        out["sum_estimated_run_time"] = v
    elif v is not UNSET:
        out["sum_estimated_run_time"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


HistoryResponseState._dump_json = _dump_json  # type: ignore[method-assign,assignment]
