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


def _dump_json(self: Log) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
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
    v = self.level
    if v.__class__ in _PLAIN:
        out["level"] = v
    elif v is not UNSET:
        out["level"] = _dj(v)
    v = self.message
    if v.__class__ in _PLAIN:
        out["message"] = v
    elif v is not UNSET:
        out["message"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.timestamp
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["timestamp"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["timestamp"] = v
    elif v is not UNSET:
        out["timestamp"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.flow_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    v = self.task_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["task_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["task_run_id"] = v
    elif v is not UNSET:
        out["task_run_id"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Log._dump_json = _dump_json  # type: ignore[method-assign,assignment]
