from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter
    from ..models.deployment_sort import DeploymentSort
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter
    from ..models.work_pool_filter import WorkPoolFilter
    from ..models.work_queue_filter import WorkQueueFilter


@_attrs_define(kw_only=True)
class ReadDeploymentsBody(_t.Model):
    """ReadDeploymentsBody

    Attributes:
        deployments (DeploymentFilter | None | Unset):
        flow_runs (FlowRunFilter | None | Unset):
        flows (FlowFilter | None | Unset):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        offset (int | Unset):  Default: 0.
        sort (DeploymentSort | Unset): Defines deployment sorting options.
        task_runs (TaskRunFilter | None | Unset):
        work_pool_queues (WorkQueueFilter | None | Unset):
        work_pools (WorkPoolFilter | None | Unset):
    """

    deployments: DeploymentFilter | None | Unset = UNSET
    flow_runs: FlowRunFilter | None | Unset = UNSET
    flows: FlowFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort: DeploymentSort | Unset = UNSET
    task_runs: TaskRunFilter | None | Unset = UNSET
    work_pool_queues: WorkQueueFilter | None | Unset = UNSET
    work_pools: WorkPoolFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadDeploymentsBody,
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
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False, default=0),
    _t.Field("sort", "sort", _t.enum_of("deployment_sort", "DeploymentSort"), False),
    _t.Field(
        "task_runs",
        "task_runs",
        _t.union(_t.model("task_run_filter", "TaskRunFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "work_pool_queues",
        "work_pool_queues",
        _t.union(_t.model("work_queue_filter", "WorkQueueFilter"), _t.NONE),
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
)

_d0 = ReadDeploymentsBody._fields_[0].decode
_d1 = ReadDeploymentsBody._fields_[1].decode
_d2 = ReadDeploymentsBody._fields_[2].decode
_d5 = ReadDeploymentsBody._fields_[5].decode
_d6 = ReadDeploymentsBody._fields_[6].decode
_d7 = ReadDeploymentsBody._fields_[7].decode
_d8 = ReadDeploymentsBody._fields_[8].decode


def _decode(self: ReadDeploymentsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployments", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "deployments", v)
    v = get("flow_runs", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "flow_runs", v)
    v = get("flows", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "flows", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("offset", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "offset", v)
    v = get("sort", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "sort", v)
    v = get("task_runs", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "task_runs", v)
    v = get("work_pool_queues", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "work_pool_queues", v)
    v = get("work_pools", UNSET)
    if v is not UNSET:
        v = _d8(v)
    put(self, "work_pools", v)


ReadDeploymentsBody._fast_ = _decode


def _dump_json(self: ReadDeploymentsBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
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
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    v = self.offset
    if v.__class__ in _PLAIN:
        out["offset"] = v
    elif v is not UNSET:
        out["offset"] = _dj(v)
    v = self.sort
    if isinstance(v, _Enum):
        out["sort"] = v._value_
    elif v.__class__ in _PLAIN:
        out["sort"] = v
    elif v is not UNSET:
        out["sort"] = _dj(v)
    v = self.task_runs
    if isinstance(v, _t.Model):
        out["task_runs"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["task_runs"] = v
    elif v is not UNSET:
        out["task_runs"] = _dj(v)
    v = self.work_pool_queues
    if isinstance(v, _t.Model):
        out["work_pool_queues"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["work_pool_queues"] = v
    elif v is not UNSET:
        out["work_pool_queues"] = _dj(v)
    v = self.work_pools
    if isinstance(v, _t.Model):
        out["work_pools"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["work_pools"] = v
    elif v is not UNSET:
        out["work_pools"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadDeploymentsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
