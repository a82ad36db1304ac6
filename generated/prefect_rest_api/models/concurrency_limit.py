from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
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


def _dump_json(self: ConcurrencyLimit) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
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
    v = self.tag
    if v.__class__ in _PLAIN:
        out["tag"] = v
    elif v is not UNSET:
        out["tag"] = _dj(v)
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
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLimit._dump_json = _dump_json  # type: ignore[method-assign,assignment]
