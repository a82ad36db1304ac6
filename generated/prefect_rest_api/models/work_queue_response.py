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
    from ..models.queue_filter import QueueFilter
    from ..models.work_queue_status import WorkQueueStatus


@_attrs_define(kw_only=True)
class WorkQueueResponse(_t.Model):
    """WorkQueueResponse

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of the work queue.
        updated (datetime.datetime | None):
        active_slots (int | None | Unset): The number of concurrency slots currently in use. None
            when concurrency_limit is not set.
        concurrency_limit (int | None | Unset): An optional concurrency limit for the work queue.
        description (str | None | Unset): An optional description for the work queue. Default: ''.
        filter (QueueFilter | None | Unset): DEPRECATED: Filter criteria for the work queue.
        is_paused (bool | Unset): Whether or not the work queue is paused. Default: False.
        last_polled (datetime.datetime | None | Unset): The last time an agent polled this queue for
            work.
        priority (int | Unset): The queue's priority. Lower values are higher priority (1 is the
            highest). Default: 1.
        status (WorkQueueStatus | None | Unset): The queue status.
        work_pool_id (UUID | None | Unset): The work pool with which the queue is associated.
        work_pool_name (str | None | Unset): The name of the work pool the work pool resides within.
    """

    created: datetime.datetime | None
    id: UUID
    name: str
    updated: datetime.datetime | None
    active_slots: int | None | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    filter: QueueFilter | None | Unset = UNSET
    is_paused: bool | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    priority: int | Unset = UNSET
    status: WorkQueueStatus | None | Unset = UNSET
    work_pool_id: UUID | None | Unset = UNSET
    work_pool_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkQueueResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("active_slots", "active_slots", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=""),
    _t.Field(
        "filter",
        "filter",
        _t.union(_t.model("queue_filter", "QueueFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("is_paused", "is_paused", _t.BOOL, False, default=False),
    _t.Field("last_polled", "last_polled", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("priority", "priority", _t.INT, False, default=1),
    _t.Field(
        "status",
        "status",
        _t.union(_t.enum_of("work_queue_status", "WorkQueueStatus"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("work_pool_id", "work_pool_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("work_pool_name", "work_pool_name", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d7 = WorkQueueResponse._fields_[7].decode
_d11 = WorkQueueResponse._fields_[11].decode


def _decode(self: WorkQueueResponse, raw: dict[str, Any]) -> None:
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
    v = get("active_slots", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "active_slots", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("filter", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "filter", v)
    v = get("is_paused", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "is_paused", v)
    v = get("last_polled", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "last_polled", v)
    v = get("priority", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "priority", v)
    v = get("status", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "status", v)
    v = get("work_pool_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "work_pool_id", v)
    v = get("work_pool_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_pool_name", v)


WorkQueueResponse._fast_ = _decode


def _dump_json(self: WorkQueueResponse) -> dict[str, Any]:
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
    v = self.active_slots
    if v.__class__ in _PLAIN:
        out["active_slots"] = v
    elif v is not UNSET:
        out["active_slots"] = _dj(v)
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
    v = self.description
    if v.__class__ in _PLAIN:
        out["description"] = v
    elif v is not UNSET:
        out["description"] = _dj(v)
    v = self.filter
    if isinstance(v, _t.Model):
        out["filter"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["filter"] = v
    elif v is not UNSET:
        out["filter"] = _dj(v)
    v = self.is_paused
    if v.__class__ in _PLAIN:
        out["is_paused"] = v
    elif v is not UNSET:
        out["is_paused"] = _dj(v)
    v = self.last_polled
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["last_polled"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["last_polled"] = v
    elif v is not UNSET:
        out["last_polled"] = _dj(v)
    v = self.priority
    if v.__class__ in _PLAIN:
        out["priority"] = v
    elif v is not UNSET:
        out["priority"] = _dj(v)
    v = self.status
    if isinstance(v, _Enum):
        out["status"] = v._value_
    elif v.__class__ in _PLAIN:
        out["status"] = v
    elif v is not UNSET:
        out["status"] = _dj(v)
    v = self.work_pool_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["work_pool_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["work_pool_id"] = v
    elif v is not UNSET:
        out["work_pool_id"] = _dj(v)
    v = self.work_pool_name
    if v.__class__ in _PLAIN:
        out["work_pool_name"] = v
    elif v is not UNSET:
        out["work_pool_name"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
