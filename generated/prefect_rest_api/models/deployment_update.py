from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concurrency_options import ConcurrencyOptions
    from ..models.deployment_schedule_update import DeploymentScheduleUpdate
    from ..models.deployment_update_job_variables_type_0 import (
        DeploymentUpdateJobVariablesType0,
    )
    from ..models.deployment_update_parameter_openapi_schema_type_0 import (
        DeploymentUpdateParameterOpenapiSchemaType0,
    )
    from ..models.deployment_update_parameters_type_0 import (
        DeploymentUpdateParametersType0,
    )
    from ..models.deployment_update_pull_steps_type_0_item import (
        DeploymentUpdatePullStepsType0Item,
    )
    from ..models.version_info import VersionInfo


@_attrs_define(kw_only=True)
class DeploymentUpdate(_t.Model):
    """Data used by the Prefect REST API to update a deployment.

    Attributes:
        concurrency_limit (int | None | Unset): The deployment's concurrency limit.
        concurrency_options (ConcurrencyOptions | None | Unset): The deployment's concurrency
            options.
        description (None | str | Unset):
        enforce_parameter_schema (bool | None | Unset): Whether or not the deployment should enforce
            the parameter schema.
        entrypoint (None | str | Unset):
        global_concurrency_limit_id (None | Unset | UUID): The ID of the global concurrency limit to
            apply to the deployment.
        infrastructure_document_id (None | Unset | UUID):
        job_variables (DeploymentUpdateJobVariablesType0 | None | Unset): Overrides for the flow's
            infrastructure configuration.
        parameter_openapi_schema (DeploymentUpdateParameterOpenapiSchemaType0 | None | Unset): The
            parameter schema of the flow, including defaults.
        parameters (DeploymentUpdateParametersType0 | None | Unset): Parameters for flow runs
            scheduled by the deployment.
        path (None | str | Unset):
        paused (bool | Unset): Whether or not the deployment is paused. Default: False.
        pull_steps (list[DeploymentUpdatePullStepsType0Item] | None | Unset):
        schedules (list[DeploymentScheduleUpdate] | Unset): A list of schedules for the deployment.
        storage_document_id (None | Unset | UUID):
        tags (list[str] | Unset): A list of deployment tags.
        version (None | str | Unset):
        version_info (None | Unset | VersionInfo): A description of this version of the deployment.
        work_pool_name (None | str | Unset): The name of the deployment's work pool.
        work_queue_name (None | str | Unset):
    """

    concurrency_limit: int | None | Unset = UNSET
    concurrency_options: ConcurrencyOptions | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enforce_parameter_schema: bool | None | Unset = UNSET
    entrypoint: None | str | Unset = UNSET
    global_concurrency_limit_id: None | Unset | UUID = UNSET
    infrastructure_document_id: None | Unset | UUID = UNSET
    job_variables: DeploymentUpdateJobVariablesType0 | None | Unset = UNSET
    parameter_openapi_schema: DeploymentUpdateParameterOpenapiSchemaType0 | None | Unset = UNSET
    parameters: DeploymentUpdateParametersType0 | None | Unset = UNSET
    path: None | str | Unset = UNSET
    paused: bool | Unset = UNSET
    pull_steps: list[DeploymentUpdatePullStepsType0Item] | None | Unset = UNSET
    schedules: list[DeploymentScheduleUpdate] | Unset = UNSET
    storage_document_id: None | Unset | UUID = UNSET
    tags: list[str] | Unset = UNSET
    version: None | str | Unset = UNSET
    version_info: None | Unset | VersionInfo = UNSET
    work_pool_name: None | str | Unset = UNSET
    work_queue_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    DeploymentUpdate,
    _t.Field("concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False),
    _t.Field(
        "concurrency_options",
        "concurrency_options",
        _t.union(_t.model("concurrency_options", "ConcurrencyOptions"), _t.NONE),
        False,
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "enforce_parameter_schema", "enforce_parameter_schema", _t.union(_t.BOOL, _t.NONE), False
    ),
    _t.Field("entrypoint", "entrypoint", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "global_concurrency_limit_id",
        "global_concurrency_limit_id",
        _t.union(_t.UUID_, _t.NONE),
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
        _t.union(
            _t.model("deployment_update_job_variables_type_0", "DeploymentUpdateJobVariablesType0"),
            _t.NONE,
        ),
        False,
    ),
    _t.Field(
        "parameter_openapi_schema",
        "parameter_openapi_schema",
        _t.union(
            _t.model(
                "deployment_update_parameter_openapi_schema_type_0",
                "DeploymentUpdateParameterOpenapiSchemaType0",
            ),
            _t.NONE,
        ),
        False,
    ),
    _t.Field(
        "parameters",
        "parameters",
        _t.union(
            _t.model("deployment_update_parameters_type_0", "DeploymentUpdateParametersType0"),
            _t.NONE,
        ),
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
                    "deployment_update_pull_steps_type_0_item", "DeploymentUpdatePullStepsType0Item"
                )
            ),
            _t.NONE,
        ),
        False,
    ),
    _t.Field(
        "schedules",
        "schedules",
        _t.list_of(_t.model("deployment_schedule_update", "DeploymentScheduleUpdate")),
        False,
    ),
    _t.Field("storage_document_id", "storage_document_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False),
    _t.Field("version", "version", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "version_info",
        "version_info",
        _t.union(_t.model("version_info", "VersionInfo"), _t.NONE),
        False,
    ),
    _t.Field("work_pool_name", "work_pool_name", _t.union(_t.STR, _t.NONE), False),
    _t.Field("work_queue_name", "work_queue_name", _t.union(_t.STR, _t.NONE), False),
)
