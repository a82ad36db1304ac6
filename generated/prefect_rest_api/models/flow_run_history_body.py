from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj
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


def _dump_json(self: FlowRunHistoryBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.history_end
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["history_end"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["history_end"] = v
    elif v is not UNSET:
        out["history_end"] = _dj(v)
    v = self.history_interval_seconds
    if v.__class__ in _PLAIN:
        out["history_interval_seconds"] = v
    elif v is not UNSET:
        out["history_interval_seconds"] = _dj(v)
    v = self.history_start
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["history_start"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["history_start"] = v
    elif v is not UNSET:
        out["history_start"] = _dj(v)
    v = self.deployments
    if isinstance(v, _t.Model):
        out["deployments"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["deployments"] = v
    elif v is not UNSET:
        out["deployments"] = _dj(v)
    v = self.flow_runs
    if isinstance(v, _t.Model):
        out["flow_runs"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flow_runs"] = v
    elif v is not UNSET:
        out["flow_runs"] = _dj(v)
    v = self.flows
    if isinstance(v, _t.Model):
        out["flows"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flows"] = v
    elif v is not UNSET:
        out["flows"] = _dj(v)
    v = self.task_runs
    if isinstance(v, _t.Model):
        out["task_runs"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["task_runs"] = v
    elif v is not UNSET:
        out["task_runs"] = _dj(v)
    v = self.work_pools
    if isinstance(v, _t.Model):
        out["work_pools"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["work_pools"] = v
    elif v is not UNSET:
        out["work_pools"] = _dj(v)
    v = self.work_queues
    if isinstance(v, _t.Model):
        out["work_queues"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["work_queues"] = v
    elif v is not UNSET:
        out["work_queues"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunHistoryBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
