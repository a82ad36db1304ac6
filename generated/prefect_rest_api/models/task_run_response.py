from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.constant import Constant
    from ..models.flow_run_result import FlowRunResult
    from ..models.parameter import Parameter
    from ..models.state import State
    from ..models.task_run_policy import TaskRunPolicy
    from ..models.task_run_result import TaskRunResult


@_attrs_define(kw_only=True)
class TaskRunResponse(_t.Model):
    """TaskRunResponse

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        task_key (str): The key of the task this run represents.
        updated (datetime.datetime | None):
        empirical_policy (TaskRunPolicy | Unset): Defines of how a task run should retry.
        end_time (datetime.datetime | None | Unset): The actual end time.
        estimated_run_time (float | Unset): A real-time estimate of the total run time. Default:
            0.0.
        estimated_start_time_delta (float | Unset): The difference between actual and expected start
            time. Default: 0.0.
        flow_run_id (UUID | None | Unset): The id of the flow run this task run belongs to.
        name (str | Unset): The name of the task run. Defaults to a random slug if not specified.
        start_time (datetime.datetime | None | Unset): The actual start time.
        state (State | None | Unset): The current state of the task run.
        state_id (UUID | None | Unset): The id of the task run's current state.
        tags (list[str] | Unset): A list of tags for the task run.
        task_inputs (dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] | Unset):
            Inputs provided to the task run.
        task_version (str | None | Unset): The version of the task executed in this task run.
        total_run_time (float | Unset): Total run time. If the task run was executed multiple times,
            the time of each run will be summed. Default: 0.0.
    """

    created: datetime.datetime | None
    id: UUID
    task_key: str
    updated: datetime.datetime | None
    empirical_policy: TaskRunPolicy | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    estimated_run_time: float | Unset = UNSET
    estimated_start_time_delta: float | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    name: str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    state: State | None | Unset = UNSET
    state_id: UUID | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    task_inputs: dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] | Unset = (
        UNSET
    )
    task_version: str | None | Unset = UNSET
    total_run_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    TaskRunResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("task_key", "task_key", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("task_run_policy", "TaskRunPolicy"), False
    ),
    _t.Field("end_time", "end_time", _t.union(_t.DATETIME, _t.NONE), False),
    _t.Field("estimated_run_time", "estimated_run_time", _t.FLOAT, False),
    _t.Field("estimated_start_time_delta", "estimated_start_time_delta", _t.FLOAT, False),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("name", "name", _t.STR, False),
    _t.Field("start_time", "start_time", _t.union(_t.DATETIME, _t.NONE), False),
    _t.Field("state", "state", _t.union(_t.model("state", "State"), _t.NONE), False),
    _t.Field("state_id", "state_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False),
    _t.Field(
        "task_inputs",
        "task_inputs",
        _t.dict_of(
            _t.list_of(
                _t.union(
                    _t.model("task_run_result", "TaskRunResult"),
                    _t.model("flow_run_result", "FlowRunResult"),
                    _t.model("parameter", "Parameter"),
                    _t.model("constant", "Constant"),
                )
            )
        ),
        False,
    ),
    _t.Field("task_version", "task_version", _t.union(_t.STR, _t.NONE), False),
    _t.Field("total_run_time", "total_run_time", _t.FLOAT, False),
)
