from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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


_t.fields(
    ScheduleDeploymentBody,
    _t.Field("end_time", "end_time", _t.DATETIME, False),
    _t.Field("max_runs", "max_runs", _t.INT, False),
    _t.Field("min_runs", "min_runs", _t.INT, False),
    _t.Field("min_time", "min_time", _t.FLOAT, False),
    _t.Field("start_time", "start_time", _t.DATETIME, False),
)
