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
class GlobalConcurrencyLimitResponse(_t.Model):
    """A response object for global concurrency limits.

    Attributes:
        active_slots (int): The number of active slots.
        created (datetime.datetime | None):
        id (UUID):
        limit (int): The concurrency limit.
        name (str): The name of the global concurrency limit.
        updated (datetime.datetime | None):
        active (bool | Unset): Whether the global concurrency limit is active. Default: True.
        slot_decay_per_second (float | Unset): The decay rate for active slots when used as a rate
            limit. Default: 2.0.
    """

    active_slots: int
    created: datetime.datetime | None
    id: UUID
    limit: int
    name: str
    updated: datetime.datetime | None
    active: bool | Unset = UNSET
    slot_decay_per_second: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    GlobalConcurrencyLimitResponse,
    _t.Field("active_slots", "active_slots", _t.INT, True),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("limit", "limit", _t.INT, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("active", "active", _t.BOOL, False, default=True),
    _t.Field("slot_decay_per_second", "slot_decay_per_second", _t.FLOAT, False, default=2.0),
)


def _decode(self: GlobalConcurrencyLimitResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["active_slots"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "active_slots", v)
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
    v = get("slot_decay_per_second", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "slot_decay_per_second", v)


GlobalConcurrencyLimitResponse._fast_ = _decode


def _dump_json(self: GlobalConcurrencyLimitResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.active_slots
    if v.__class__ in _PLAIN:
        out["active_slots"] = v
    elif v is not UNSET:
        out["active_slots"] = _dj(v)
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
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
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
    v = self.active
    if v.__class__ in _PLAIN:
        out["active"] = v
    elif v is not UNSET:
        out["active"] = _dj(v)
    v = self.slot_decay_per_second
    if v.__class__ in _PLAIN:
        out["slot_decay_per_second"] = v
    elif v is not UNSET:
        out["slot_decay_per_second"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


GlobalConcurrencyLimitResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
