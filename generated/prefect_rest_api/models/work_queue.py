from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_filter import QueueFilter


@_attrs_define(kw_only=True)
class WorkQueue(_t.Model):
    """An ORM representation of a work queue

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of the work queue.
        updated (datetime.datetime | None):
        concurrency_limit (int | None | Unset): An optional concurrency limit for the work queue.
        description (str | None | Unset): An optional description for the work queue. Default: ''.
        filter (QueueFilter | None | Unset): DEPRECATED: Filter criteria for the work queue.
        is_paused (bool | Unset): Whether or not the work queue is paused. Default: False.
        last_polled (datetime.datetime | None | Unset): The last time an agent polled this queue for
            work.
        priority (int | Unset): The queue's priority. Lower values are higher priority (1 is the
            highest). Default: 1.
        work_pool_id (UUID | None | Unset): The work pool with which the queue is associated.
    """

    created: datetime.datetime | None
    id: UUID
    name: str
    updated: datetime.datetime | None
    concurrency_limit: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    filter: QueueFilter | None | Unset = UNSET
    is_paused: bool | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    priority: int | Unset = UNSET
    work_pool_id: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    WorkQueue,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False),
    _t.Field("filter", "filter", _t.union(_t.model("queue_filter", "QueueFilter"), _t.NONE), False),
    _t.Field("is_paused", "is_paused", _t.BOOL, False),
    _t.Field("last_polled", "last_polled", _t.union(_t.DATETIME, _t.NONE), False),
    _t.Field("priority", "priority", _t.INT, False),
    _t.Field("work_pool_id", "work_pool_id", _t.union(_t.UUID_, _t.NONE), False),
)
