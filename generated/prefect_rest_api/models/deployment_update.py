from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.concurrency_options import ConcurrencyOptions
    from ..models.deployment_schedule_update import DeploymentScheduleUpdate
    from ..models.version_info import VersionInfo


@_attrs_define(kw_only=True)
class DeploymentUpdate(_t.Model):
    """Data used by the Prefect REST API to update a deployment.

    Attributes:
        concurrency_limit (int | None | Unset): The deployment's concurrency limit.
        concurrency_options (ConcurrencyOptions | None | Unset): The deployment's concurrency
            options.
        description (str | None | Unset):
        enforce_parameter_schema (bool | None | Unset): Whether or not the deployment should enforce
            the parameter schema.
        entrypoint (str | None | Unset):
        global_concurrency_limit_id (UUID | None | Unset): The ID of the global concurrency limit to
            apply to the deployment.
        infrastructure_document_id (UUID | None | Unset):
        job_variables (dict[str, Any] | None | Unset): Overrides for the flow's infrastructure
            configuration.
        parameter_openapi_schema (dict[str, Any] | None | Unset): The parameter schema of the flow,
            including defaults.
        parameters (dict[str, Any] | None | Unset): Parameters for flow runs scheduled by the
            deployment.
        path (str | None | Unset):
        paused (bool | Unset): Whether or not the deployment is paused. Default: False.
        pull_steps (list[dict[str, Any]] | None | Unset):
        schedules (list[DeploymentScheduleUpdate] | Unset): A list of schedules for the deployment.
        storage_document_id (UUID | None | Unset):
        tags (list[str] | Unset): A list of deployment tags.
        version (str | None | Unset):
        version_info (VersionInfo | None | Unset): A description of this version of the deployment.
        work_pool_name (str | None | Unset): The name of the deployment's work pool.
        work_queue_name (str | None | Unset):
    """

    concurrency_limit: int | None | Unset = UNSET
    concurrency_options: ConcurrencyOptions | None | Unset = UNSET
    description: str | None | Unset = UNSET
    enforce_parameter_schema: bool | None | Unset = UNSET
    entrypoint: str | None | Unset = UNSET
    global_concurrency_limit_id: UUID | None | Unset = UNSET
    infrastructure_document_id: UUID | None | Unset = UNSET
    job_variables: dict[str, Any] | None | Unset = UNSET
    parameter_openapi_schema: dict[str, Any] | None | Unset = UNSET
    parameters: dict[str, Any] | None | Unset = UNSET
    path: str | None | Unset = UNSET
    paused: bool | Unset = UNSET
    pull_steps: list[dict[str, Any]] | None | Unset = UNSET
    schedules: list[DeploymentScheduleUpdate] | Unset = UNSET
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
    DeploymentUpdate,
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
    _t.Field(
        "enforce_parameter_schema",
        "enforce_parameter_schema",
        _t.union(_t.BOOL, _t.NONE),
        False,
        default=None,
    ),
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
    _t.Field("job_variables", "job_variables", _t.union(_t.OBJECT, _t.NONE), False, default=None),
    _t.Field(
        "parameter_openapi_schema",
        "parameter_openapi_schema",
        _t.union(_t.OBJECT, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("parameters", "parameters", _t.union(_t.OBJECT, _t.NONE), False, default=None),
    _t.Field("path", "path", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("paused", "paused", _t.BOOL, False, default=False),
    _t.Field(
        "pull_steps", "pull_steps", _t.union(_t.list_of(_t.OBJECT), _t.NONE), False, default=None
    ),
    _t.Field(
        "schedules",
        "schedules",
        _t.list_of(_t.model("deployment_schedule_update", "DeploymentScheduleUpdate")),
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

_d1 = DeploymentUpdate._fields_[1].decode
_d12 = DeploymentUpdate._fields_[12].decode
_d13 = DeploymentUpdate._fields_[13].decode
_d17 = DeploymentUpdate._fields_[17].decode


def _decode(self: DeploymentUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("concurrency_options", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "concurrency_options", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("enforce_parameter_schema", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
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
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "job_variables", v)
    v = get("parameter_openapi_schema", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "parameter_openapi_schema", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
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
        v = _d12(v)
    put(self, "pull_steps", v)
    v = get("schedules", UNSET)
    if v is not UNSET:
        v = _d13(v)
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
        v = _d17(v)
    put(self, "version_info", v)
    v = get("work_pool_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_pool_name", v)
    v = get("work_queue_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_queue_name", v)


DeploymentUpdate._fast_ = _decode


def _dump_json(self: DeploymentUpdate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
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
    v = self.global_concurrency_limit_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["global_concurrency_limit_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["global_concurrency_limit_id"] = v
    elif v is not UNSET:
        out["global_concurrency_limit_id"] = _dj(v)
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
    v = self.version
    if v.__class__ in _PLAIN:
        out["version"] = v
    elif v is not UNSET:
        out["version"] = _dj(v)
    v = self.version_info
    if isinstance(v, _t.Model):
        out["version_info"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["version_info"] = v
    elif v is not UNSET:
        out["version_info"] = _dj(v)
    v = self.work_pool_name
    if v.__class__ in _PLAIN:
        out["work_pool_name"] = v
    elif v is not UNSET:
        out["work_pool_name"] = _dj(v)
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


DeploymentUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
