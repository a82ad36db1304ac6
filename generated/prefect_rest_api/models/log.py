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
class Log(_t.Model):
    """An ORM representation of log data.

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        level (int): The log level.
        message (str): The log message.
        name (str): The logger name.
        timestamp (datetime.datetime): The log timestamp.
        updated (datetime.datetime | None):
        flow_run_id (UUID | None | Unset): The flow run ID associated with the log.
        task_run_id (UUID | None | Unset): The task run ID associated with the log.
    """

    created: datetime.datetime | None
    id: UUID
    level: int
    message: str
    name: str
    timestamp: datetime.datetime
    updated: datetime.datetime | None
    flow_run_id: UUID | None | Unset = UNSET
    task_run_id: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Log,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("level", "level", _t.INT, True),
    _t.Field("message", "message", _t.STR, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("task_run_id", "task_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
)


def _decode(self: Log, raw: dict[str, Any]) -> None:
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
    v = raw["level"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "level", v)
    v = raw["message"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "message", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["timestamp"]
    v = _fromiso(v)
    put(self, "timestamp", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)
    v = get("task_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "task_run_id", v)


Log._fast_ = _decode


_values = Log._values_


def _dump_json(self: Log) -> dict[str, Any]:
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
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is _datetime:
        us = v5.microsecond
        if us and v5.tzinfo is _utc:
            y = v5.year
            v5 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v5.month]}-{_D2[v5.day]}"
                f"T{_D2[v5.hour]}:{_D2[v5.minute]}:{_D2[v5.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v5 = _iso(v5)
    elif v5 is not None and v5.__class__ not in _PLAIN:
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
    if v7.__class__ is UUID:
        v7 = v7.int.to_bytes(16).hex("-", 2)
        v7 = v7[:4] + v7[5:29] + v7[30:34] + v7[35:]
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is UUID:
        v8 = v8.int.to_bytes(16).hex("-", 2)
        v8 = v8[:4] + v8[5:29] + v8[30:34] + v8[35:]
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    out: dict[str, Any] = {
        "created": v0,
        "id": v1,
        "level": v2,
        "message": v3,
        "name": v4,
        "timestamp": v5,
        "updated": v6,
        "flow_run_id": v7,
        "task_run_id": v8,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Log._dump_json = _dump_json  # type: ignore[method-assign,assignment]
