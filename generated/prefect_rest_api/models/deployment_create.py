from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid

if TYPE_CHECKING:
    from ..models.concurrency_options import ConcurrencyOptions
    from ..models.deployment_schedule_create import DeploymentScheduleCreate
    from ..models.version_info import VersionInfo


@_attrs_define(kw_only=True)
class DeploymentCreate(_t.Model):
    """Data used by the Prefect REST API to create a deployment.

    Attributes:
        flow_id (UUID): The ID of the flow associated with the deployment.
        name (str): The name of the deployment.
        concurrency_limit (int | None | Unset): The deployment's concurrency limit.
        concurrency_options (ConcurrencyOptions | None | Unset): The deployment's concurrency
            options.
        description (str | None | Unset):
        enforce_parameter_schema (bool | Unset): Whether or not the deployment should enforce the
            parameter schema. Default: True.
        entrypoint (str | None | Unset):
        global_concurrency_limit_id (UUID | None | Unset): The ID of the global concurrency limit to
            apply to the deployment.
        infrastructure_document_id (UUID | None | Unset):
        job_variables (dict[str, Any] | Unset): Overrides for the flow's infrastructure
            configuration.
        labels (dict[str, bool | int | float | str] | None | Unset): A dictionary of key-value
            labels. Values can be strings, numbers, or booleans.
        parameter_openapi_schema (dict[str, Any] | None | Unset): The parameter schema of the flow,
            including defaults.
        parameters (dict[str, Any] | Unset): Parameters for flow runs scheduled by the deployment.
        path (str | None | Unset):
        paused (bool | Unset): Whether or not the deployment is paused. Default: False.
        pull_steps (list[dict[str, Any]] | None | Unset):
        schedules (list[DeploymentScheduleCreate] | Unset): A list of schedules for the deployment.
        storage_document_id (UUID | None | Unset):
        tags (list[str] | Unset): A list of deployment tags.
        version (str | None | Unset):
        version_info (VersionInfo | None | Unset): A description of this version of the deployment.
        work_pool_name (str | None | Unset): The name of the deployment's work pool.
        work_queue_name (str | None | Unset):
    """

    flow_id: UUID
    name: str
    concurrency_limit: int | None | Unset = UNSET
    concurrency_options: ConcurrencyOptions | None | Unset = UNSET
    description: str | None | Unset = UNSET
    enforce_parameter_schema: bool | Unset = UNSET
    entrypoint: str | None | Unset = UNSET
    global_concurrency_limit_id: UUID | None | Unset = UNSET
    infrastructure_document_id: UUID | None | Unset = UNSET
    job_variables: dict[str, Any] | Unset = UNSET
    labels: dict[str, bool | int | float | str] | None | Unset = UNSET
    parameter_openapi_schema: dict[str, Any] | None | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    path: str | None | Unset = UNSET
    paused: bool | Unset = UNSET
    pull_steps: list[dict[str, Any]] | None | Unset = UNSET
    schedules: list[DeploymentScheduleCreate] | Unset = UNSET
    storage_document_id: UUID | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    version: str | None | Unset = UNSET
    version_info: VersionInfo | None | Unset = UNSET
    work_pool_name: str | None | Unset = UNSET
    work_queue_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentCreate,
    _t.Field("flow_id", "flow_id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field(
        "concurrency_options",
        "concurrency_options",
        _t.union(_t.model("concurrency_options", "ConcurrencyOptions"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("enforce_parameter_schema", "enforce_parameter_schema", _t.BOOL, False, default=True),
    _t.Field("entrypoint", "entrypoint", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "global_concurrency_limit_id",
        "global_concurrency_limit_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "infrastructure_document_id",
        "infrastructure_document_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("job_variables", "job_variables", _t.OBJECT, False, default={}),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "parameter_openapi_schema",
        "parameter_openapi_schema",
        _t.union(_t.OBJECT, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("parameters", "parameters", _t.OBJECT, False, default={}),
    _t.Field("path", "path", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("paused", "paused", _t.BOOL, False, default=False),
    _t.Field(
        "pull_steps", "pull_steps", _t.union(_t.list_of(_t.OBJECT), _t.NONE), False, default=None
    ),
    _t.Field(
        "schedules",
        "schedules",
        _t.list_of(_t.model("deployment_schedule_create", "DeploymentScheduleCreate")),
        False,
        default=[],
    ),
    _t.Field(
        "storage_document_id",
        "storage_document_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
    _t.Field("version", "version", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "version_info",
        "version_info",
        _t.union(_t.model("version_info", "VersionInfo"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("work_pool_name", "work_pool_name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("work_queue_name", "work_queue_name", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d3 = DeploymentCreate._fields_[3].decode
_d10 = DeploymentCreate._fields_[10].decode
_d15 = DeploymentCreate._fields_[15].decode
_d16 = DeploymentCreate._fields_[16].decode
_d20 = DeploymentCreate._fields_[20].decode


def _decode(self: DeploymentCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["flow_id"]
    v = _uuid(v)
    put(self, "flow_id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("concurrency_options", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "concurrency_options", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("enforce_parameter_schema", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enforce_parameter_schema", v)
    v = get("entrypoint", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "entrypoint", v)
    v = get("global_concurrency_limit_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "global_concurrency_limit_id", v)
    v = get("infrastructure_document_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "infrastructure_document_id", v)
    v = get("job_variables", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "job_variables", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d10(v)
    put(self, "labels", v)
    v = get("parameter_openapi_schema", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "parameter_openapi_schema", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "parameters", v)
    v = get("path", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "path", v)
    v = get("paused", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "paused", v)
    v = get("pull_steps", UNSET)
    if v is not UNSET:
        v = _d15(v)
    put(self, "pull_steps", v)
    v = get("schedules", UNSET)
    if v is not UNSET:
        v = _d16(v)
    put(self, "schedules", v)
    v = get("storage_document_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "storage_document_id", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)
    v = get("version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "version", v)
    v = get("version_info", UNSET)
    if v is not UNSET:
        v = _d20(v)
    put(self, "version_info", v)
    v = get("work_pool_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_pool_name", v)
    v = get("work_queue_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_queue_name", v)


DeploymentCreate._fast_ = _decode
