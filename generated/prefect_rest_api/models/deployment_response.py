from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concurrency_options import ConcurrencyOptions
    from ..models.created_by import CreatedBy
    from ..models.deployment_schedule import DeploymentSchedule
    from ..models.deployment_status import DeploymentStatus
    from ..models.global_concurrency_limit_response import (
        GlobalConcurrencyLimitResponse,
    )
    from ..models.updated_by import UpdatedBy


@_attrs_define(kw_only=True)
class DeploymentResponse(_t.Model):
    """DeploymentResponse

    Attributes:
        created (datetime.datetime | None):
        flow_id (UUID): The flow id associated with the deployment.
        id (UUID):
        name (str): The name of the deployment.
        updated (datetime.datetime | None):
        concurrency_limit (int | None | Unset): DEPRECATED: Prefer `global_concurrency_limit`. Will
            always be None for backwards compatibility. Will be removed after December 2024.
        concurrency_options (ConcurrencyOptions | None | Unset): The concurrency options for the
            deployment.
        created_by (CreatedBy | None | Unset): Optional information about the creator of this
            deployment.
        description (str | None | Unset): A description for the deployment.
        enforce_parameter_schema (bool | Unset): Whether or not the deployment should enforce the
            parameter schema. Default: True.
        entrypoint (str | None | Unset): The path to the entrypoint for the workflow, relative to
            the `path`.
        global_concurrency_limit (GlobalConcurrencyLimitResponse | None | Unset): The global
            concurrency limit object for enforcing the maximum number of flow runs that can be active at
            once.
        infrastructure_document_id (UUID | None | Unset): The block document defining infrastructure
            to use for flow runs.
        job_variables (dict[str, Any] | Unset): Overrides to apply to the base infrastructure block
            at runtime.
        labels (dict[str, bool | int | float | str] | Unset): A dictionary of key-value labels.
            Values can be strings, numbers, or booleans.
        last_polled (datetime.datetime | None | Unset): The last time the deployment was polled for
            status updates.
        parameter_openapi_schema (dict[str, Any] | None | Unset): The parameter schema of the flow,
            including defaults.
        parameters (dict[str, Any] | Unset): Parameters for flow runs scheduled by the deployment.
        path (str | None | Unset): The path to the working directory for the workflow, relative to
            remote storage or an absolute path.
        paused (bool | Unset): Whether or not the deployment is paused. Default: False.
        pull_steps (list[dict[str, Any]] | None | Unset): Pull steps for cloning and running this
            deployment.
        schedules (list[DeploymentSchedule] | Unset): A list of schedules for the deployment.
        status (DeploymentStatus | None | Unset): Whether the deployment is ready to run flows.
            Default: DeploymentStatus.NOT_READY.
        storage_document_id (UUID | None | Unset): The block document defining storage used for this
            flow.
        tags (list[str] | Unset): A list of tags for the deployment
        updated_by (UpdatedBy | None | Unset): Optional information about the updater of this
            deployment.
        version (str | None | Unset): An optional version for the deployment.
        work_pool_name (str | None | Unset): The name of the deployment's work pool.
        work_queue_id (UUID | None | Unset): The id of the work pool queue to which this deployment
            is assigned.
        work_queue_name (str | None | Unset): The work queue for the deployment. If no work queue is
            set, work will not be scheduled.
    """

    created: datetime.datetime | None
    flow_id: UUID
    id: UUID
    name: str
    updated: datetime.datetime | None
    concurrency_limit: int | None | Unset = UNSET
    concurrency_options: ConcurrencyOptions | None | Unset = UNSET
    created_by: CreatedBy | None | Unset = UNSET
    description: str | None | Unset = UNSET
    enforce_parameter_schema: bool | Unset = UNSET
    entrypoint: str | None | Unset = UNSET
    global_concurrency_limit: GlobalConcurrencyLimitResponse | None | Unset = UNSET
    infrastructure_document_id: UUID | None | Unset = UNSET
    job_variables: dict[str, Any] | Unset = UNSET
    labels: dict[str, bool | int | float | str] | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    parameter_openapi_schema: dict[str, Any] | None | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    path: str | None | Unset = UNSET
    paused: bool | Unset = UNSET
    pull_steps: list[dict[str, Any]] | None | Unset = UNSET
    schedules: list[DeploymentSchedule] | Unset = UNSET
    status: DeploymentStatus | None | Unset = UNSET
    storage_document_id: UUID | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    updated_by: UpdatedBy | None | Unset = UNSET
    version: str | None | Unset = UNSET
    work_pool_name: str | None | Unset = UNSET
    work_queue_id: UUID | None | Unset = UNSET
    work_queue_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    DeploymentResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("flow_id", "flow_id", _t.UUID_, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False),
    _t.Field(
        "concurrency_options",
        "concurrency_options",
        _t.union(_t.model("concurrency_options", "ConcurrencyOptions"), _t.NONE),
        False,
    ),
    _t.Field(
        "created_by", "created_by", _t.union(_t.model("created_by", "CreatedBy"), _t.NONE), False
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False),
    _t.Field("enforce_parameter_schema", "enforce_parameter_schema", _t.BOOL, False),
    _t.Field("entrypoint", "entrypoint", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "global_concurrency_limit",
        "global_concurrency_limit",
        _t.union(
            _t.model("global_concurrency_limit_response", "GlobalConcurrencyLimitResponse"), _t.NONE
        ),
        False,
    ),
    _t.Field(
        "infrastructure_document_id",
        "infrastructure_document_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
    ),
    _t.Field("job_variables", "job_variables", _t.OBJECT, False),
    _t.Field("labels", "labels", _t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)), False),
    _t.Field("last_polled", "last_polled", _t.union(_t.DATETIME, _t.NONE), False),
    _t.Field(
        "parameter_openapi_schema", "parameter_openapi_schema", _t.union(_t.OBJECT, _t.NONE), False
    ),
    _t.Field("parameters", "parameters", _t.OBJECT, False),
    _t.Field("path", "path", _t.union(_t.STR, _t.NONE), False),
    _t.Field("paused", "paused", _t.BOOL, False),
    _t.Field("pull_steps", "pull_steps", _t.union(_t.list_of(_t.OBJECT), _t.NONE), False),
    _t.Field(
        "schedules",
        "schedules",
        _t.list_of(_t.model("deployment_schedule", "DeploymentSchedule")),
        False,
    ),
    _t.Field(
        "status",
        "status",
        _t.union(_t.enum_of("deployment_status", "DeploymentStatus"), _t.NONE),
        False,
    ),
    _t.Field("storage_document_id", "storage_document_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False),
    _t.Field(
        "updated_by", "updated_by", _t.union(_t.model("updated_by", "UpdatedBy"), _t.NONE), False
    ),
    _t.Field("version", "version", _t.union(_t.STR, _t.NONE), False),
    _t.Field("work_pool_name", "work_pool_name", _t.union(_t.STR, _t.NONE), False),
    _t.Field("work_queue_id", "work_queue_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("work_queue_name", "work_queue_name", _t.union(_t.STR, _t.NONE), False),
)
