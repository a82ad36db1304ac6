from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_create import StateCreate
    from ..models.task_run_create_labels_type_0 import TaskRunCreateLabelsType0
    from ..models.task_run_create_task_inputs import TaskRunCreateTaskInputs
    from ..models.task_run_policy import TaskRunPolicy


@_attrs_define(kw_only=True)
class TaskRunCreate(_t.Model):
    """Data used by the Prefect REST API to create a task run

    Attributes:
        dynamic_key (str): A dynamic key used to differentiate between multiple runs of the same
            task within the same flow run.
        task_key (str): A unique identifier for the task being run.
        cache_expiration (datetime.datetime | None | Unset): Specifies when the cached state should
            expire.
        cache_key (None | str | Unset): An optional cache key. If a COMPLETED state associated with
            this cache key is found, the cached COMPLETED state will be used instead of executing the
            task run.
        empirical_policy (TaskRunPolicy | Unset): Defines of how a task run should retry.
        flow_run_id (None | Unset | UUID): The flow run id of the task run.
        id (None | Unset | UUID): The ID to assign to the task run. If not provided, a random UUID
            will be generated.
        labels (None | TaskRunCreateLabelsType0 | Unset): A dictionary of key-value labels. Values
            can be strings, numbers, or booleans.
        name (str | Unset):
        state (None | StateCreate | Unset): The state of the task run to create
        tags (list[str] | Unset): A list of tags for the task run.
        task_inputs (TaskRunCreateTaskInputs | Unset): The inputs to the task run.
        task_version (None | str | Unset): The version of the task being run.
    """

    dynamic_key: str
    task_key: str
    cache_expiration: datetime.datetime | None | Unset = UNSET
    cache_key: None | str | Unset = UNSET
    empirical_policy: TaskRunPolicy | Unset = UNSET
    flow_run_id: None | Unset | UUID = UNSET
    id: None | Unset | UUID = UNSET
    labels: None | TaskRunCreateLabelsType0 | Unset = UNSET
    name: str | Unset = UNSET
    state: None | StateCreate | Unset = UNSET
    tags: list[str] | Unset = UNSET
    task_inputs: TaskRunCreateTaskInputs | Unset = UNSET
    task_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    TaskRunCreate,
    _t.Field("dynamic_key", "dynamic_key", _t.STR, True),
    _t.Field("task_key", "task_key", _t.STR, True),
    _t.Field("cache_expiration", "cache_expiration", _t.union(_t.DATETIME, _t.NONE), False),
    _t.Field("cache_key", "cache_key", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("task_run_policy", "TaskRunPolicy"), False
    ),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("id", "id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.model("task_run_create_labels_type_0", "TaskRunCreateLabelsType0"), _t.NONE),
        False,
    ),
    _t.Field("name", "name", _t.STR, False),
    _t.Field("state", "state", _t.union(_t.model("state_create", "StateCreate"), _t.NONE), False),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False),
    _t.Field(
        "task_inputs",
        "task_inputs",
        _t.model("task_run_create_task_inputs", "TaskRunCreateTaskInputs"),
        False,
    ),
    _t.Field("task_version", "task_version", _t.union(_t.STR, _t.NONE), False),
)
