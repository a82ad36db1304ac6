from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
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


@_attrs_define(kw_only=True)
class ConcurrencyLimitV2(_t.Model):
    """An ORM representation of a v2 concurrency limit.

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        limit (int): The concurrency limit.
        name (str): The name of the concurrency limit.
        updated (datetime.datetime | None):
        active (bool | Unset): Whether the concurrency limit is active. Default: True.
        active_slots (int | Unset): The number of active slots. Default: 0.
        avg_slot_occupancy_seconds (float | Unset): The average amount of time a slot is occupied.
            Default: 2.0.
        denied_slots (int | Unset): The number of denied slots. Default: 0.
        slot_decay_per_second (float | Unset): The decay rate for active slots when used as a rate
            limit. Default: 0.0.
    """

    created: datetime.datetime | None
    id: UUID
    limit: int
    name: str
    updated: datetime.datetime | None
    active: bool | Unset = UNSET
    active_slots: int | Unset = UNSET
    avg_slot_occupancy_seconds: float | Unset = UNSET
    denied_slots: int | Unset = UNSET
    slot_decay_per_second: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ConcurrencyLimitV2,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("limit", "limit", _t.INT, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("active", "active", _t.BOOL, False, default=True),
    _t.Field("active_slots", "active_slots", _t.INT, False, default=0),
    _t.Field(
        "avg_slot_occupancy_seconds", "avg_slot_occupancy_seconds", _t.FLOAT, False, default=2.0
    ),
    _t.Field("denied_slots", "denied_slots", _t.INT, False, default=0),
    _t.Field("slot_decay_per_second", "slot_decay_per_second", _t.FLOAT, False, default=0),
)


def _decode(self: ConcurrencyLimitV2, raw: dict[str, Any]) -> None:
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
    v = raw["limit"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("active", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "active", v)
    v = get("active_slots", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "active_slots", v)
    v = get("avg_slot_occupancy_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "avg_slot_occupancy_seconds", v)
    v = get("denied_slots", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "denied_slots", v)
    v = get("slot_decay_per_second", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "slot_decay_per_second", v)


ConcurrencyLimitV2._fast_ = _decode


_values = ConcurrencyLimitV2._values_


def _dump_json(self: ConcurrencyLimitV2) -> dict[str, Any]:
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
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ not in _PLAIN:
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
    out: dict[str, Any] = {
        "created": v0,
        "id": v1,
        "limit": v2,
        "name": v3,
        "updated": v4,
        "active": v5,
        "active_slots": v6,
        "avg_slot_occupancy_seconds": v7,
        "denied_slots": v8,
        "slot_decay_per_second": v9,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLimitV2._dump_json = _dump_json  # type: ignore[method-assign,assignment]
