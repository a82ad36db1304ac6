from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import fromiso as _fromiso


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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ConcurrencyLimit,
    _t.Field("concurrency_limit", "concurrency_limit", _t.INT, True),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("tag", "tag", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("active_slots", "active_slots", _t.list_of(_t.UUID_), False, default=[]),
)

_d5 = ConcurrencyLimit._fields_[5].decode


def _decode(self: ConcurrencyLimit, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["concurrency_limit"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["tag"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "tag", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("active_slots", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "active_slots", v)


ConcurrencyLimit._fast_ = _decode
