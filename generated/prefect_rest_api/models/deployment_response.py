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
    from ..models.deployment_response_job_variables import (
        DeploymentResponseJobVariables,
    )
    from ..models.deployment_response_labels import DeploymentResponseLabels
    from ..models.deployment_response_parameter_openapi_schema_type_0 import (
        DeploymentResponseParameterOpenapiSchemaType0,
    )
    from ..models.deployment_response_parameters import DeploymentResponseParameters
    from ..models.deployment_response_pull_steps_type_0_item import (
        DeploymentResponsePullStepsType0Item,
    )
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
        description (None | str | Unset): A description for the deployment.
        enforce_parameter_schema (bool | Unset): Whether or not the deployment should enforce the
            parameter schema. Default: True.
        entrypoint (None | str | Unset): The path to the entrypoint for the workflow, relative to
            the `path`.
        global_concurrency_limit (GlobalConcurrencyLimitResponse | None | Unset): The global
            concurrency limit object for enforcing the maximum number of flow runs that can be active at
            once.
        infrastructure_document_id (None | Unset | UUID): The block document defining infrastructure
            to use for flow runs.
        job_variables (DeploymentResponseJobVariables | Unset): Overrides to apply to the base
            infrastructure block at runtime.
        labels (DeploymentResponseLabels | Unset): A dictionary of key-value labels. Values can be
            strings, numbers, or booleans.
        last_polled (datetime.datetime | None | Unset): The last time the deployment was polled for
            status updates.
        parameter_openapi_schema (DeploymentResponseParameterOpenapiSchemaType0 | None | Unset): The
            parameter schema of the flow, including defaults.
        parameters (DeploymentResponseParameters | Unset): Parameters for flow runs scheduled by the
            deployment.
        path (None | str | Unset): The path to the working directory for the workflow, relative to
            remote storage or an absolute path.
        paused (bool | Unset): Whether or not the deployment is paused. Default: False.
        pull_steps (list[DeploymentResponsePullStepsType0Item] | None | Unset): Pull steps for
            cloning and running this deployment.
        schedules (list[DeploymentSchedule] | Unset): A list of schedules for the deployment.
        status (DeploymentStatus | None | Unset): Whether the deployment is ready to run flows.
            Default: DeploymentStatus.NOT_READY.
        storage_document_id (None | Unset | UUID): The block document defining storage used for this
            flow.
        tags (list[str] | Unset): A list of tags for the deployment
        updated_by (None | Unset | UpdatedBy): Optional information about the updater of this
            deployment.
        version (None | str | Unset): An optional version for the deployment.
        work_pool_name (None | str | Unset): The name of the deployment's work pool.
        work_queue_id (None | Unset | UUID): The id of the work pool queue to which this deployment
            is assigned.
        work_queue_name (None | str | Unset): The work queue for the deployment. If no work queue is
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
    description: None | str | Unset = UNSET
    enforce_parameter_schema: bool | Unset = UNSET
    entrypoint: None | str | Unset = UNSET
    global_concurrency_limit: GlobalConcurrencyLimitResponse | None | Unset = UNSET
    infrastructure_document_id: None | Unset | UUID = UNSET
    job_variables: DeploymentResponseJobVariables | Unset = UNSET
    labels: DeploymentResponseLabels | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    parameter_openapi_schema: DeploymentResponseParameterOpenapiSchemaType0 | None | Unset = UNSET
    parameters: DeploymentResponseParameters | Unset = UNSET
    path: None | str | Unset = UNSET
    paused: bool | Unset = UNSET
    pull_steps: list[DeploymentResponsePullStepsType0Item] | None | Unset = UNSET
    schedules: list[DeploymentSchedule] | Unset = UNSET
    status: DeploymentStatus | None | Unset = UNSET
    storage_document_id: None | Unset | UUID = UNSET
    tags: list[str] | Unset = UNSET
    updated_by: None | Unset | UpdatedBy = UNSET
    version: None | str | Unset = UNSET
    work_pool_name: None | str | Unset = UNSET
    work_queue_id: None | Unset | UUID = UNSET
    work_queue_name: None | str | Unset = UNSET
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
    _t.Field(
        "job_variables",
        "job_variables",
        _t.model("deployment_response_job_variables", "DeploymentResponseJobVariables"),
        False,
    ),
    _t.Field(
        "labels",
        "labels",
        _t.model("deployment_response_labels", "DeploymentResponseLabels"),
        False,
    ),
    _t.Field("last_polled", "last_polled", _t.union(_t.DATETIME, _t.NONE), False),
    _t.Field(
        "parameter_openapi_schema",
        "parameter_openapi_schema",
        _t.union(
            _t.model(
                "deployment_response_parameter_openapi_schema_type_0",
                "DeploymentResponseParameterOpenapiSchemaType0",
            ),
            _t.NONE,
        ),
        False,
    ),
    _t.Field(
        "parameters",
        "parameters",
        _t.model("deployment_response_parameters", "DeploymentResponseParameters"),
        False,
    ),
    _t.Field("path", "path", _t.union(_t.STR, _t.NONE), False),
    _t.Field("paused", "paused", _t.BOOL, False),
    _t.Field(
        "pull_steps",
        "pull_steps",
        _t.union(
            _t.list_of(
                _t.model(
                    "deployment_response_pull_steps_type_0_item",
                    "DeploymentResponsePullStepsType0Item",
                )
            ),
            _t.NONE,
        ),
        False,
    ),
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
