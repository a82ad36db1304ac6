from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = DeploymentUpdate._values_


def _dump_json(self: DeploymentUpdate) -> dict[str, Any]:
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
        v6,
        v7,
        v8,
        v9,
        v10,
        v11,
        v12,
        v13,
        v14,
        v15,
        v16,
        v17,
        v18,
        v19,
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is UUID:
        v5 = v5.int.to_bytes(16).hex("-", 2)
        v5 = v5[:4] + v5[5:29] + v5[30:34] + v5[35:]
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ is UUID:
        v6 = v6.int.to_bytes(16).hex("-", 2)
        v6 = v6[:4] + v6[5:29] + v6[30:34] + v6[35:]
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ is dict:
        v7 = _dump_dict(v7) if v7 else {}
    elif v7.__class__ is list:
        v7 = _dump_list(v7) if v7 else []
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is dict:
        v8 = _dump_dict(v8) if v8 else {}
    elif v8.__class__ is list:
        v8 = _dump_list(v8) if v8 else []
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ is dict:
        v9 = _dump_dict(v9) if v9 else {}
    elif v9.__class__ is list:
        v9 = _dump_list(v9) if v9 else []
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if v12.__class__ is dict:
        v12 = _dump_dict(v12) if v12 else {}
    elif v12.__class__ is list:
        v12 = _dump_list(v12) if v12 else []
    elif v12 is not None and v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    if v13.__class__ is dict:
        v13 = _dump_dict(v13) if v13 else {}
    elif v13.__class__ is list:
        v13 = _dump_list(v13) if v13 else []
    elif v13 is not None and v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    if v14.__class__ is UUID:
        v14 = v14.int.to_bytes(16).hex("-", 2)
        v14 = v14[:4] + v14[5:29] + v14[30:34] + v14[35:]
    elif v14 is not None and v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if v15.__class__ is dict:
        v15 = _dump_dict(v15) if v15 else {}
    elif v15.__class__ is list:
        v15 = _dump_list(v15) if v15 else []
    elif v15 is not None and v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    if v16.__class__ not in _PLAIN:
        if v16 is UNSET:
            gone = True
        else:
            v16 = _dj(v16)
    if isinstance(v17, _t.Model):
        v17 = v17._dump_json()
    elif v17 is not None and v17.__class__ not in _PLAIN:
        if v17 is UNSET:
            gone = True
        else:
            v17 = _dj(v17)
    if v18.__class__ not in _PLAIN:
        if v18 is UNSET:
            gone = True
        else:
            v18 = _dj(v18)
    if v19.__class__ not in _PLAIN:
        if v19 is UNSET:
            gone = True
        else:
            v19 = _dj(v19)
    out: dict[str, Any] = {
        "concurrency_limit": v0,
        "concurrency_options": v1,
        "description": v2,
        "enforce_parameter_schema": v3,
        "entrypoint": v4,
        "global_concurrency_limit_id": v5,
        "infrastructure_document_id": v6,
        "job_variables": v7,
        "parameter_openapi_schema": v8,
        "parameters": v9,
        "path": v10,
        "paused": v11,
        "pull_steps": v12,
        "schedules": v13,
        "storage_document_id": v14,
        "tags": v15,
        "version": v16,
        "version_info": v17,
        "work_pool_name": v18,
        "work_queue_name": v19,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
