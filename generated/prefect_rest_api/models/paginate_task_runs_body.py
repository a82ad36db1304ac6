from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter
    from ..models.task_run_sort import TaskRunSort


@_attrs_define(kw_only=True)
class PaginateTaskRunsBody(_t.Model):
    """PaginateTaskRunsBody

    Attributes:
        deployments (DeploymentFilter | None | Unset):
        flow_runs (FlowRunFilter | None | Unset):
        flows (FlowFilter | None | Unset):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        page (int | Unset):  Default: 1.
        sort (TaskRunSort | Unset): Defines task run sorting options.
        task_runs (TaskRunFilter | None | Unset):
    """

    deployments: DeploymentFilter | None | Unset = UNSET
    flow_runs: FlowRunFilter | None | Unset = UNSET
    flows: FlowFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    sort: TaskRunSort | Unset = UNSET
    task_runs: TaskRunFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    PaginateTaskRunsBody,
    _t.Field(
        "deployments",
        "deployments",
        _t.union(_t.model("deployment_filter", "DeploymentFilter"), _t.NONE),
        False,
    ),
    _t.Field(
        "flow_runs",
        "flow_runs",
        _t.union(_t.model("flow_run_filter", "FlowRunFilter"), _t.NONE),
        False,
    ),
    _t.Field("flows", "flows", _t.union(_t.model("flow_filter", "FlowFilter"), _t.NONE), False),
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("page", "page", _t.INT, False),
    _t.Field("sort", "sort", _t.enum_of("task_run_sort", "TaskRunSort"), False),
    _t.Field(
        "task_runs",
        "task_runs",
        _t.union(_t.model("task_run_filter", "TaskRunFilter"), _t.NONE),
        False,
    ),
)
