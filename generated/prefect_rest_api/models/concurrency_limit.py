from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class ConcurrencyLimit(_t.Model):
    """An ORM representation of a concurrency limit.

    Attributes:
        concurrency_limit (int): The concurrency limit.
        created (datetime.datetime | None):
        id (UUID):
        tag (str): A tag the concurrency limit is applied to.
        updated (datetime.datetime | None):
        active_slots (list[UUID] | Unset): A list of active run ids using a concurrency slot
    """

    concurrency_limit: int
    created: datetime.datetime | None
    id: UUID
    tag: str
    updated: datetime.datetime | None
    active_slots: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ConcurrencyLimit,
    _t.Field("concurrency_limit", "concurrency_limit", _t.INT, True),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("tag", "tag", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("active_slots", "active_slots", _t.list_of(_t.UUID_), False),
)
