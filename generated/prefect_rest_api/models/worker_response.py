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
    from ..models.worker_status import WorkerStatus


@_attrs_define(kw_only=True)
class WorkerResponse(_t.Model):
    """WorkerResponse

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of the worker.
        updated (datetime.datetime | None):
        work_pool_id (UUID): The work pool with which the queue is associated.
        heartbeat_interval_seconds (int | None | Unset): The number of seconds to expect between
            heartbeats sent by the worker.
        last_heartbeat_time (datetime.datetime | None | Unset): The last time the worker process
            sent a heartbeat.
        status (WorkerStatus | Unset): Enumeration of worker statuses.
    """

    created: datetime.datetime | None
    id: UUID
    name: str
    updated: datetime.datetime | None
    work_pool_id: UUID
    heartbeat_interval_seconds: int | None | Unset = UNSET
    last_heartbeat_time: datetime.datetime | None | Unset = UNSET
    status: WorkerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("work_pool_id", "work_pool_id", _t.UUID_, True),
    _t.Field(
        "heartbeat_interval_seconds",
        "heartbeat_interval_seconds",
        _t.union(_t.INT, _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "last_heartbeat_time",
        "last_heartbeat_time",
        _t.union(_t.DATETIME, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("status", "status", _t.enum_of("worker_status", "WorkerStatus"), False),
)

_d7 = WorkerResponse._fields_[7].decode


def _decode(self: WorkerResponse, raw: dict[str, Any]) -> None:
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
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = raw["work_pool_id"]
    v = _uuid(v)
    put(self, "work_pool_id", v)
    v = get("heartbeat_interval_seconds", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "heartbeat_interval_seconds", v)
    v = get("last_heartbeat_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "last_heartbeat_time", v)
    v = get("status", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "status", v)


WorkerResponse._fast_ = _decode


def _dump_json(self: WorkerResponse) -> dict[str, Any]:
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
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.work_pool_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["work_pool_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["work_pool_id"] = v
    elif v is not UNSET:
        out["work_pool_id"] = _dj(v)
    v = self.heartbeat_interval_seconds
    if v.__class__ in _PLAIN:
        out["heartbeat_interval_seconds"] = v
    elif v is not UNSET:
        out["heartbeat_interval_seconds"] = _dj(v)
    v = self.last_heartbeat_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["last_heartbeat_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["last_heartbeat_time"] = v
    elif v is not UNSET:
        out["last_heartbeat_time"] = _dj(v)
    v = self.status
    if isinstance(v, _Enum):
        out["status"] = v._value_
    elif v.__class__ in _PLAIN:
        out["status"] = v
    elif v is not UNSET:
        out["status"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
