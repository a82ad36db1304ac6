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
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = WorkQueueResponse._values_


def _dump_json(self: WorkQueueResponse) -> dict[str, Any]:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is _datetime:
        us = v3.microsecond
        if us and v3.tzinfo is _utc:
            y = v3.year
            v3 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v3.month]}-{_D2[v3.day]}"
                f"T{_D2[v3.hour]}:{_D2[v3.minute]}:{_D2[v3.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v3 = _iso(v3)
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
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
    if v9.__class__ is _datetime:
        us = v9.microsecond
        if us and v9.tzinfo is _utc:
            y = v9.year
            v9 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v9.month]}-{_D2[v9.day]}"
                f"T{_D2[v9.hour]}:{_D2[v9.minute]}:{_D2[v9.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v9 = _iso(v9)
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
    if isinstance(v11, _Enum):
        v11 = v11._value_
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
    if v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    out: dict[str, Any] = {
        "created": v0,
        "id": v1,
        "name": v2,
        "updated": v3,
        "active_slots": v4,
        "concurrency_limit": v5,
        "description": v6,
        "filter": v7,
        "is_paused": v8,
        "last_polled": v9,
        "priority": v10,
        "status": v11,
        "work_pool_id": v12,
        "work_pool_name": v13,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
