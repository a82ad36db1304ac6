from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter
    from ..models.work_pool_filter import WorkPoolFilter
    from ..models.work_queue_filter import WorkQueueFilter


@_attrs_define(kw_only=True)
class CountDeploymentsBody(_t.Model):
    """CountDeploymentsBody

    Attributes:
        deployments (DeploymentFilter | None | Unset):
        flow_runs (FlowRunFilter | None | Unset):
        flows (FlowFilter | None | Unset):
        task_runs (TaskRunFilter | None | Unset):
        work_pool_queues (WorkQueueFilter | None | Unset):
        work_pools (WorkPoolFilter | None | Unset):
    """

    deployments: DeploymentFilter | None | Unset = UNSET
    flow_runs: FlowRunFilter | None | Unset = UNSET
    flows: FlowFilter | None | Unset = UNSET
    task_runs: TaskRunFilter | None | Unset = UNSET
    work_pool_queues: WorkQueueFilter | None | Unset = UNSET
    work_pools: WorkPoolFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CountDeploymentsBody,
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

_d0 = CountDeploymentsBody._fields_[0].decode
_d1 = CountDeploymentsBody._fields_[1].decode
_d2 = CountDeploymentsBody._fields_[2].decode
_d3 = CountDeploymentsBody._fields_[3].decode
_d4 = CountDeploymentsBody._fields_[4].decode
_d5 = CountDeploymentsBody._fields_[5].decode


def _decode(self: CountDeploymentsBody, raw: dict[str, Any]) -> None:
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
    v = get("task_runs", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "task_runs", v)
    v = get("work_pool_queues", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "work_pool_queues", v)
    v = get("work_pools", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "work_pools", v)


CountDeploymentsBody._fast_ = _decode


_values = CountDeploymentsBody._values_


def _dump_json(self: CountDeploymentsBody) -> dict[str, Any]:
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
    ) = _values(self)
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
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
    out: dict[str, Any] = {
        "deployments": v0,
        "flow_runs": v1,
        "flows": v2,
        "task_runs": v3,
        "work_pool_queues": v4,
        "work_pools": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CountDeploymentsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
