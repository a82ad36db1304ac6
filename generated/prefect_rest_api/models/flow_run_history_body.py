from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter
    from ..models.work_pool_filter import WorkPoolFilter
    from ..models.work_queue_filter import WorkQueueFilter


@_attrs_define(kw_only=True)
class FlowRunHistoryBody(_t.Model):
    """FlowRunHistoryBody

    Attributes:
        history_end (datetime.datetime): The history's end time.
        history_interval_seconds (float): The size of each history interval, in seconds. Must be at
            least 1 second.
        history_start (datetime.datetime): The history's start time.
        deployments (DeploymentFilter | None | Unset):
        flow_runs (FlowRunFilter | None | Unset):
        flows (FlowFilter | None | Unset):
        task_runs (TaskRunFilter | None | Unset):
        work_pools (WorkPoolFilter | None | Unset):
        work_queues (WorkQueueFilter | None | Unset):
    """

    history_end: datetime.datetime
    history_interval_seconds: float
    history_start: datetime.datetime
    deployments: DeploymentFilter | None | Unset = UNSET
    flow_runs: FlowRunFilter | None | Unset = UNSET
    flows: FlowFilter | None | Unset = UNSET
    task_runs: TaskRunFilter | None | Unset = UNSET
    work_pools: WorkPoolFilter | None | Unset = UNSET
    work_queues: WorkQueueFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunHistoryBody,
    _t.Field("history_end", "history_end", _t.DATETIME, True),
    _t.Field("history_interval_seconds", "history_interval_seconds", _t.FLOAT, True),
    _t.Field("history_start", "history_start", _t.DATETIME, True),
    _t.Field(
        "deployments",
        "deployments",
        _t.union(_t.model("deployment_filter", "DeploymentFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "flow_runs",
        "flow_runs",
        _t.union(_t.model("flow_run_filter", "FlowRunFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "flows",
        "flows",
        _t.union(_t.model("flow_filter", "FlowFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "task_runs",
        "task_runs",
        _t.union(_t.model("task_run_filter", "TaskRunFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "work_pools",
        "work_pools",
        _t.union(_t.model("work_pool_filter", "WorkPoolFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "work_queues",
        "work_queues",
        _t.union(_t.model("work_queue_filter", "WorkQueueFilter"), _t.NONE),
        False,
        default=None,
    ),
)

_d3 = FlowRunHistoryBody._fields_[3].decode
_d4 = FlowRunHistoryBody._fields_[4].decode
_d5 = FlowRunHistoryBody._fields_[5].decode
_d6 = FlowRunHistoryBody._fields_[6].decode
_d7 = FlowRunHistoryBody._fields_[7].decode
_d8 = FlowRunHistoryBody._fields_[8].decode


def _decode(self: FlowRunHistoryBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["history_end"]
    v = _fromiso(v)
    put(self, "history_end", v)
    v = raw["history_interval_seconds"]
    v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "history_interval_seconds", v)
    v = raw["history_start"]
    v = _fromiso(v)
    put(self, "history_start", v)
    v = get("deployments", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "deployments", v)
    v = get("flow_runs", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "flow_runs", v)
    v = get("flows", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "flows", v)
    v = get("task_runs", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "task_runs", v)
    v = get("work_pools", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "work_pools", v)
    v = get("work_queues", UNSET)
    if v is not UNSET:
        v = _d8(v)
    put(self, "work_queues", v)


FlowRunHistoryBody._fast_ = _decode


_values = FlowRunHistoryBody._values_


def _dump_json(self: FlowRunHistoryBody) -> dict[str, Any]:
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
    if v2.__class__ is _datetime:
        us = v2.microsecond
        if us and v2.tzinfo is _utc:
            y = v2.year
            v2 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v2.month]}-{_D2[v2.day]}"
                f"T{_D2[v2.hour]}:{_D2[v2.minute]}:{_D2[v2.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v2 = _iso(v2)
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if isinstance(v8, _t.Model):
        v8 = v8._dump_json()
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    out: dict[str, Any] = {
        "history_end": v0,
        "history_interval_seconds": v1,
        "history_start": v2,
        "deployments": v3,
        "flow_runs": v4,
        "flows": v5,
        "task_runs": v6,
        "work_pools": v7,
        "work_queues": v8,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunHistoryBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
