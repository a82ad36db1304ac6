from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid
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
