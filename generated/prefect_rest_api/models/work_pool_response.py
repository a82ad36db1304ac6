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
    from ..models.work_pool_status import WorkPoolStatus
    from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration


@_attrs_define(kw_only=True)
class WorkPoolResponse(_t.Model):
    """WorkPoolResponse

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of the work pool.
        type (str): The work pool type.
        updated (datetime.datetime | None):
        active_slots (int | None | Unset): The number of concurrency slots occupied by pending or
            running flow runs. None when concurrency_limit is not set.
        base_job_template (dict[str, Any] | Unset): The work pool's base job template.
        concurrency_limit (int | None | Unset): A concurrency limit for the work pool.
        default_queue_id (UUID | None | Unset): The id of the pool's default queue.
        description (str | None | Unset): A description of the work pool.
        is_paused (bool | Unset): Pausing the work pool stops the delivery of all work. Default:
            False.
        status (WorkPoolStatus | None | Unset): The current status of the work pool.
        storage_configuration (WorkPoolStorageConfiguration | Unset): A representation of a work
            pool's storage configuration
    """

    created: datetime.datetime | None
    id: UUID
    name: str
    type: str
    updated: datetime.datetime | None
    active_slots: int | None | Unset = UNSET
    base_job_template: dict[str, Any] | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    default_queue_id: UUID | None | Unset = UNSET
    description: str | None | Unset = UNSET
    is_paused: bool | Unset = UNSET
    status: WorkPoolStatus | None | Unset = UNSET
    storage_configuration: WorkPoolStorageConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkPoolResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("type", "type", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("active_slots", "active_slots", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field("base_job_template", "base_job_template", _t.OBJECT, False, default={}),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field(
        "default_queue_id", "default_queue_id", _t.union(_t.UUID_, _t.NONE), False, default=None
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("is_paused", "is_paused", _t.BOOL, False, default=False),
    _t.Field(
        "status",
        "status",
        _t.union(_t.enum_of("work_pool_status", "WorkPoolStatus"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "storage_configuration",
        "storage_configuration",
        _t.model("work_pool_storage_configuration", "WorkPoolStorageConfiguration"),
        False,
    ),
)

_d11 = WorkPoolResponse._fields_[11].decode
_d12 = WorkPoolResponse._fields_[12].decode


def _decode(self: WorkPoolResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["type"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "type", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("active_slots", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "active_slots", v)
    v = get("base_job_template", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "base_job_template", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("default_queue_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "default_queue_id", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("is_paused", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "is_paused", v)
    v = get("status", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "status", v)
    v = get("storage_configuration", UNSET)
    if v is not UNSET:
        v = _d12(v)
    put(self, "storage_configuration", v)


WorkPoolResponse._fast_ = _decode


def _dump_json(self: WorkPoolResponse) -> dict[str, Any]:
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
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.active_slots
    if v.__class__ in _PLAIN:
        out["active_slots"] = v
    elif v is not UNSET:
        out["active_slots"] = _dj(v)
    v = self.base_job_template
    if v.__class__ in _PLAIN:
        out["base_job_template"] = v
    elif v is not UNSET:
        out["base_job_template"] = _dj(v)
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
    v = self.default_queue_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["default_queue_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["default_queue_id"] = v
    elif v is not UNSET:
        out["default_queue_id"] = _dj(v)
    v = self.description
    if v.__class__ in _PLAIN:
        out["description"] = v
    elif v is not UNSET:
        out["description"] = _dj(v)
    v = self.is_paused
    if v.__class__ in _PLAIN:
        out["is_paused"] = v
    elif v is not UNSET:
        out["is_paused"] = _dj(v)
    v = self.status
    if isinstance(v, _Enum):
        out["status"] = v._value_
    elif v.__class__ in _PLAIN:
        out["status"] = v
    elif v is not UNSET:
        out["status"] = _dj(v)
    v = self.storage_configuration
    if isinstance(v, _t.Model):
        out["storage_configuration"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["storage_configuration"] = v
    elif v is not UNSET:
        out["storage_configuration"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
