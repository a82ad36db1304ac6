from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerServicesSchedulerSettings(_t.Model):
    """Settings for controlling the scheduler service

    Attributes:
        deployment_batch_size (int | Unset):
                    The number of deployments the scheduler will attempt to
                    schedule in a single batch. If there are more deployments than the batch
                    size, the scheduler immediately attempts to schedule the next batch; it
                    does not sleep for `scheduler_loop_seconds` until it has visited every
                    deployment once. Defaults to `100`.
                     Default: 100.
        enabled (bool | Unset): Whether or not to start the scheduler service in the server
            application. Default: True.
        insert_batch_size (int | Unset):
                    The number of runs the scheduler will attempt to insert in a single batch.
                    Defaults to `500`.
                     Default: 500.
        loop_seconds (float | Unset):
                    The scheduler loop interval, in seconds. This determines
                    how often the scheduler will attempt to schedule new flow runs, but has no
                    impact on how quickly either flow runs or task runs are actually executed.
                    Defaults to `60`.
                     Default: 60.0.
        max_runs (int | Unset):
                    The scheduler will attempt to schedule up to this many
                    auto-scheduled runs in the future. Note that runs may have fewer than
                    this many scheduled runs, depending on the value of
                    `scheduler_max_scheduled_time`.  Defaults to `100`.
                     Default: 100.
        max_scheduled_time (_dt.timedelta | Unset):
                    The scheduler will create new runs up to this far in the
                    future. Note that this setting will take precedence over
                    `scheduler_max_runs`: if a flow runs once a month and
                    `scheduler_max_scheduled_time` is three months, then only three runs will be
                    scheduled. Defaults to 100 days (`8640000` seconds).
                     Default: 'P100D'.
        min_runs (int | Unset):
                    The scheduler will attempt to schedule at least this many
                    auto-scheduled runs in the future. Note that runs may have more than
                    this many scheduled runs, depending on the value of
                    `scheduler_min_scheduled_time`.  Defaults to `3`.
                     Default: 3.
        min_scheduled_time (_dt.timedelta | Unset):
                    The scheduler will create new runs at least this far in the
                    future. Note that this setting will take precedence over `scheduler_min_runs`:
                    if a flow runs every hour and `scheduler_min_scheduled_time` is three hours,
                    then three runs will be scheduled even if `scheduler_min_runs` is 1. Defaults to
                     Default: 'PT1H'.
        recent_deployments_loop_seconds (float | Unset):
                    The number of seconds the recent deployments scheduler will wait between checking
            for recently updated deployments. Defaults to `5`.
                     Default: 5.0.
    """

    deployment_batch_size: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    insert_batch_size: int | Unset = UNSET
    loop_seconds: float | Unset = UNSET
    max_runs: int | Unset = UNSET
    max_scheduled_time: _dt.timedelta | Unset = UNSET
    min_runs: int | Unset = UNSET
    min_scheduled_time: _dt.timedelta | Unset = UNSET
    recent_deployments_loop_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesSchedulerSettings,
    _t.Field("deployment_batch_size", "deployment_batch_size", _t.INT, False, default=100),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field("insert_batch_size", "insert_batch_size", _t.INT, False, default=500),
    _t.Field("loop_seconds", "loop_seconds", _t.FLOAT, False, default=60),
    _t.Field("max_runs", "max_runs", _t.INT, False, default=100),
    _t.Field("max_scheduled_time", "max_scheduled_time", _t.DURATION, False, default="P100D"),
    _t.Field("min_runs", "min_runs", _t.INT, False, default=3),
    _t.Field("min_scheduled_time", "min_scheduled_time", _t.DURATION, False, default="PT1H"),
    _t.Field(
        "recent_deployments_loop_seconds",
        "recent_deployments_loop_seconds",
        _t.FLOAT,
        False,
        default=5,
    ),
)

_d5 = ServerServicesSchedulerSettings._fields_[5].decode
_d7 = ServerServicesSchedulerSettings._fields_[7].decode


def _decode(self: ServerServicesSchedulerSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployment_batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "deployment_batch_size", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("insert_batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "insert_batch_size", v)
    v = get("loop_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "loop_seconds", v)
    v = get("max_runs", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_runs", v)
    v = get("max_scheduled_time", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d5(v)
    put(self, "max_scheduled_time", v)
    v = get("min_runs", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "min_runs", v)
    v = get("min_scheduled_time", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d7(v)
    put(self, "min_scheduled_time", v)
    v = get("recent_deployments_loop_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "recent_deployments_loop_seconds", v)


ServerServicesSchedulerSettings._fast_ = _decode


_values = ServerServicesSchedulerSettings._values_


def _dump_json(self: ServerServicesSchedulerSettings) -> dict[str, Any]:
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
    if v5.__class__ is _td:
        v5 = v5.total_seconds()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ is _td:
        v7 = v7.total_seconds()
    elif v7 is not None and v7.__class__ not in _PLAIN:
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
        "deployment_batch_size": v0,
        "enabled": v1,
        "insert_batch_size": v2,
        "loop_seconds": v3,
        "max_runs": v4,
        "max_scheduled_time": v5,
        "min_runs": v6,
        "min_scheduled_time": v7,
        "recent_deployments_loop_seconds": v8,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesSchedulerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
