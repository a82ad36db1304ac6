from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso

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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("flow_id", "flow_id", _t.UUID_, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
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
    _t.Field(
        "created_by",
        "created_by",
        _t.union(_t.model("created_by", "CreatedBy"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("enforce_parameter_schema", "enforce_parameter_schema", _t.BOOL, False, default=True),
    _t.Field("entrypoint", "entrypoint", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "global_concurrency_limit",
        "global_concurrency_limit",
        _t.union(
            _t.model("global_concurrency_limit_response", "GlobalConcurrencyLimitResponse"), _t.NONE
        ),
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
        _t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)),
        False,
        default={},
    ),
    _t.Field("last_polled", "last_polled", _t.union(_t.DATETIME, _t.NONE), False, default=None),
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
        _t.list_of(_t.model("deployment_schedule", "DeploymentSchedule")),
        False,
        default=[],
    ),
    _t.Field(
        "status",
        "status",
        _t.union(_t.enum_of("deployment_status", "DeploymentStatus"), _t.NONE),
        False,
        default="NOT_READY",
    ),
    _t.Field(
        "storage_document_id",
        "storage_document_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
    _t.Field(
        "updated_by",
        "updated_by",
        _t.union(_t.model("updated_by", "UpdatedBy"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("version", "version", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("work_pool_name", "work_pool_name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("work_queue_id", "work_queue_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("work_queue_name", "work_queue_name", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d6 = DeploymentResponse._fields_[6].decode
_d7 = DeploymentResponse._fields_[7].decode
_d11 = DeploymentResponse._fields_[11].decode
_d14 = DeploymentResponse._fields_[14].decode
_d20 = DeploymentResponse._fields_[20].decode
_d21 = DeploymentResponse._fields_[21].decode
_d22 = DeploymentResponse._fields_[22].decode
_d25 = DeploymentResponse._fields_[25].decode


def _decode(self: DeploymentResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["flow_id"]
    v = _uuid(v)
    put(self, "flow_id", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("concurrency_options", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "concurrency_options", v)
    v = get("created_by", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "created_by", v)
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
    v = get("global_concurrency_limit", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "global_concurrency_limit", v)
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
        v = _d14(v)
    put(self, "labels", v)
    v = get("last_polled", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "last_polled", v)
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
        v = _d20(v)
    put(self, "pull_steps", v)
    v = get("schedules", UNSET)
    if v is not UNSET:
        v = _d21(v)
    put(self, "schedules", v)
    v = get("status", UNSET)
    if v is not UNSET:
        v = _d22(v)
    put(self, "status", v)
    v = get("storage_document_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "storage_document_id", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)
    v = get("updated_by", UNSET)
    if v is not UNSET:
        v = _d25(v)
    put(self, "updated_by", v)
    v = get("version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "version", v)
    v = get("work_pool_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_pool_name", v)
    v = get("work_queue_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "work_queue_id", v)
    v = get("work_queue_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_queue_name", v)


DeploymentResponse._fast_ = _decode


def _dump_json(self: DeploymentResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.flow_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_id"] = v
    elif v is not UNSET:
        out["flow_id"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
    v = self.concurrency_options
    if isinstance(v, _t.Model):
        out["concurrency_options"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["concurrency_options"] = v
    elif v is not UNSET:
        out["concurrency_options"] = _dj(v)
    v = self.created_by
    if isinstance(v, _t.Model):
        out["created_by"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["created_by"] = v
    elif v is not UNSET:
        out["created_by"] = _dj(v)
    v = self.description
    if v.__class__ in _PLAIN:
        out["description"] = v
    elif v is not UNSET:
        out["description"] = _dj(v)
    v = self.enforce_parameter_schema
    if v.__class__ in _PLAIN:
        out["enforce_parameter_schema"] = v
    elif v is not UNSET:
        out["enforce_parameter_schema"] = _dj(v)
    v = self.entrypoint
    if v.__class__ in _PLAIN:
        out["entrypoint"] = v
    elif v is not UNSET:
        out["entrypoint"] = _dj(v)
    v = self.global_concurrency_limit
    if isinstance(v, _t.Model):
        out["global_concurrency_limit"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["global_concurrency_limit"] = v
    elif v is not UNSET:
        out["global_concurrency_limit"] = _dj(v)
    v = self.infrastructure_document_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["infrastructure_document_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["infrastructure_document_id"] = v
    elif v is not UNSET:
        out["infrastructure_document_id"] = _dj(v)
    v = self.job_variables
    if v.__class__ in _PLAIN:
        out["job_variables"] = v
    elif v is not UNSET:
        out["job_variables"] = _dj(v)
    v = self.labels
    if v.__class__ in _PLAIN:
        out["labels"] = v
    elif v is not UNSET:
        out["labels"] = _dj(v)
    v = self.last_polled
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["last_polled"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["last_polled"] = v
    elif v is not UNSET:
        out["last_polled"] = _dj(v)
    v = self.parameter_openapi_schema
    if v.__class__ in _PLAIN:
        out["parameter_openapi_schema"] = v
    elif v is not UNSET:
        out["parameter_openapi_schema"] = _dj(v)
    v = self.parameters
    if v.__class__ in _PLAIN:
        out["parameters"] = v
    elif v is not UNSET:
        out["parameters"] = _dj(v)
    v = self.path
    if v.__class__ in _PLAIN:
        out["path"] = v
    elif v is not UNSET:
        out["path"] = _dj(v)
    v = self.paused
    if v.__class__ in _PLAIN:
        out["paused"] = v
    elif v is not UNSET:
        out["paused"] = _dj(v)
    v = self.pull_steps
    if v.__class__ in _PLAIN:
        out["pull_steps"] = v
    elif v is not UNSET:
        out["pull_steps"] = _dj(v)
    v = self.schedules
    if v.__class__ in _PLAIN:
        out["schedules"] = v
    elif v is not UNSET:
        out["schedules"] = _dj(v)
    v = self.status
    if isinstance(v, _Enum):
        out["status"] = v._value_
    elif v.__class__ in _PLAIN:
        out["status"] = v
    elif v is not UNSET:
        out["status"] = _dj(v)
    v = self.storage_document_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["storage_document_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["storage_document_id"] = v
    elif v is not UNSET:
        out["storage_document_id"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    v = self.updated_by
    if isinstance(v, _t.Model):
        out["updated_by"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["updated_by"] = v
    elif v is not UNSET:
        out["updated_by"] = _dj(v)
    v = self.version
    if v.__class__ in _PLAIN:
        out["version"] = v
    elif v is not UNSET:
        out["version"] = _dj(v)
    v = self.work_pool_name
    if v.__class__ in _PLAIN:
        out["work_pool_name"] = v
    elif v is not UNSET:
        out["work_pool_name"] = _dj(v)
    v = self.work_queue_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["work_queue_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["work_queue_id"] = v
    elif v is not UNSET:
        out["work_queue_id"] = _dj(v)
    v = self.work_queue_name
    if v.__class__ in _PLAIN:
        out["work_queue_name"] = v
    elif v is not UNSET:
        out["work_queue_name"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
