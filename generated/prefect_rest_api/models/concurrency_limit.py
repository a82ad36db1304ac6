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
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = ConcurrencyLimit._values_


def _dump_json(self: ConcurrencyLimit) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is _datetime:
        us = v1.microsecond
        if us and v1.tzinfo is _utc:
            y = v1.year
            v1 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v1.month]}-{_D2[v1.day]}"
                f"T{_D2[v1.hour]}:{_D2[v1.minute]}:{_D2[v1.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v1 = _iso(v1)
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
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
    if v5.__class__ is dict:
        v5 = _dump_dict(v5) if v5 else {}
    elif v5.__class__ is list:
        v5 = _dump_list(v5) if v5 else []
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "concurrency_limit": v0,
        "created": v1,
        "id": v2,
        "tag": v3,
        "updated": v4,
        "active_slots": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLimit._dump_json = _dump_json  # type: ignore[method-assign,assignment]
