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


_values = WorkerResponse._values_


def _dump_json(self: WorkerResponse) -> dict[str, Any]:
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
    if v4.__class__ is UUID:
        v4 = v4.int.to_bytes(16).hex("-", 2)
        v4 = v4[:4] + v4[5:29] + v4[30:34] + v4[35:]
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
    if v6.__class__ is _datetime:
        us = v6.microsecond
        if us and v6.tzinfo is _utc:
            y = v6.year
            v6 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v6.month]}-{_D2[v6.day]}"
                f"T{_D2[v6.hour]}:{_D2[v6.minute]}:{_D2[v6.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v6 = _iso(v6)
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _Enum):
        v7 = v7._value_
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    out: dict[str, Any] = {
        "created": v0,
        "id": v1,
        "name": v2,
        "updated": v3,
        "work_pool_id": v4,
        "heartbeat_interval_seconds": v5,
        "last_heartbeat_time": v6,
        "status": v7,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
