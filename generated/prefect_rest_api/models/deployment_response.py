from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = DeploymentResponse._values_


def _dump_json(self: DeploymentResponse) -> dict[str, Any]:
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
        v20,
        v21,
        v22,
        v23,
        v24,
        v25,
        v26,
        v27,
        v28,
        v29,
    ) = _values(self)
    if v0.__class__ is _datetime:
        us = v0.microsecond
        if us and v0.tzinfo is _utc:
            y = v0.year
            v0 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v0.month]}-{_D2[v0.day]}"
                f"T{_D2[v0.hour]}:{_D2[v0.minute]}:{_D2[v0.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v0 = _iso(v0)
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is UUID:
        v1 = v1.int.to_bytes(16).hex("-", 2)
        v1 = v1[:4] + v1[5:29] + v1[30:34] + v1[35:]
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is _datetime:
        us = v4.microsecond
        if us and v4.tzinfo is _utc:
            y = v4.year
            v4 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v4.month]}-{_D2[v4.day]}"
                f"T{_D2[v4.hour]}:{_D2[v4.minute]}:{_D2[v4.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v4 = _iso(v4)
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if isinstance(v11, _t.Model):
        v11 = v11._dump_json()
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if v12.__class__ is UUID:
        v12 = v12.int.to_bytes(16).hex("-", 2)
        v12 = v12[:4] + v12[5:29] + v12[30:34] + v12[35:]
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
    if v14.__class__ is dict:
        v14 = _dump_dict(v14) if v14 else {}
    elif v14.__class__ is list:
        v14 = _dump_list(v14) if v14 else []
    elif v14 is not None and v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if v15.__class__ is _datetime:
        us = v15.microsecond
        if us and v15.tzinfo is _utc:
            y = v15.year
            v15 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v15.month]}-{_D2[v15.day]}"
                f"T{_D2[v15.hour]}:{_D2[v15.minute]}:{_D2[v15.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v15 = _iso(v15)
    elif v15 is not None and v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    if v16.__class__ is dict:
        v16 = _dump_dict(v16) if v16 else {}
    elif v16.__class__ is list:
        v16 = _dump_list(v16) if v16 else []
    elif v16 is not None and v16.__class__ not in _PLAIN:
        if v16 is UNSET:
            gone = True
        else:
            v16 = _dj(v16)
    if v17.__class__ is dict:
        v17 = _dump_dict(v17) if v17 else {}
    elif v17.__class__ is list:
        v17 = _dump_list(v17) if v17 else []
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
    if v20.__class__ is dict:
        v20 = _dump_dict(v20) if v20 else {}
    elif v20.__class__ is list:
        v20 = _dump_list(v20) if v20 else []
    elif v20 is not None and v20.__class__ not in _PLAIN:
        if v20 is UNSET:
            gone = True
        else:
            v20 = _dj(v20)
    if v21.__class__ is dict:
        v21 = _dump_dict(v21) if v21 else {}
    elif v21.__class__ is list:
        v21 = _dump_list(v21) if v21 else []
    elif v21 is not None and v21.__class__ not in _PLAIN:
        if v21 is UNSET:
            gone = True
        else:
            v21 = _dj(v21)
    if isinstance(v22, _Enum):
        v22 = v22._value_
    elif v22 is not None and v22.__class__ not in _PLAIN:
        if v22 is UNSET:
            gone = True
        else:
            v22 = _dj(v22)
    if v23.__class__ is UUID:
        v23 = v23.int.to_bytes(16).hex("-", 2)
        v23 = v23[:4] + v23[5:29] + v23[30:34] + v23[35:]
    elif v23 is not None and v23.__class__ not in _PLAIN:
        if v23 is UNSET:
            gone = True
        else:
            v23 = _dj(v23)
    if v24.__class__ is dict:
        v24 = _dump_dict(v24) if v24 else {}
    elif v24.__class__ is list:
        v24 = _dump_list(v24) if v24 else []
    elif v24 is not None and v24.__class__ not in _PLAIN:
        if v24 is UNSET:
            gone = True
        else:
            v24 = _dj(v24)
    if isinstance(v25, _t.Model):
        v25 = v25._dump_json()
    elif v25 is not None and v25.__class__ not in _PLAIN:
        if v25 is UNSET:
            gone = True
        else:
            v25 = _dj(v25)
    if v26.__class__ not in _PLAIN:
        if v26 is UNSET:
            gone = True
        else:
            v26 = _dj(v26)
    if v27.__class__ not in _PLAIN:
        if v27 is UNSET:
            gone = True
        else:
            v27 = _dj(v27)
    if v28.__class__ is UUID:
        v28 = v28.int.to_bytes(16).hex("-", 2)
        v28 = v28[:4] + v28[5:29] + v28[30:34] + v28[35:]
    elif v28 is not None and v28.__class__ not in _PLAIN:
        if v28 is UNSET:
            gone = True
        else:
            v28 = _dj(v28)
    if v29.__class__ not in _PLAIN:
        if v29 is UNSET:
            gone = True
        else:
            v29 = _dj(v29)
    out: dict[str, Any] = {
        "created": v0,
        "flow_id": v1,
        "id": v2,
        "name": v3,
        "updated": v4,
        "concurrency_limit": v5,
        "concurrency_options": v6,
        "created_by": v7,
        "description": v8,
        "enforce_parameter_schema": v9,
        "entrypoint": v10,
        "global_concurrency_limit": v11,
        "infrastructure_document_id": v12,
        "job_variables": v13,
        "labels": v14,
        "last_polled": v15,
        "parameter_openapi_schema": v16,
        "parameters": v17,
        "path": v18,
        "paused": v19,
        "pull_steps": v20,
        "schedules": v21,
        "status": v22,
        "storage_document_id": v23,
        "tags": v24,
        "updated_by": v25,
        "version": v26,
        "work_pool_name": v27,
        "work_queue_id": v28,
        "work_queue_name": v29,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
