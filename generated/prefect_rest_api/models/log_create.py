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
class LogCreate(_t.Model):
    """Data used by the Prefect REST API to create a log.

    Attributes:
        level (int): The log level.
        message (str): The log message.
        name (str): The logger name.
        timestamp (datetime.datetime): The log timestamp.
        flow_run_id (UUID | None | Unset):
        task_run_id (UUID | None | Unset):
    """

    level: int
    message: str
    name: str
    timestamp: datetime.datetime
    flow_run_id: UUID | None | Unset = UNSET
    task_run_id: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    LogCreate,
    _t.Field("level", "level", _t.INT, True),
    _t.Field("message", "message", _t.STR, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("task_run_id", "task_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
)


def _decode(self: LogCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
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
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)
    v = get("task_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "task_run_id", v)


LogCreate._fast_ = _decode


_values = LogCreate._values_


def _dump_json(self: LogCreate) -> dict[str, Any]:
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
    if v1.__class__ not in _PLAIN:
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
    if v5.__class__ is UUID:
        v5 = v5.int.to_bytes(16).hex("-", 2)
        v5 = v5[:4] + v5[5:29] + v5[30:34] + v5[35:]
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "level": v0,
        "message": v1,
        "name": v2,
        "timestamp": v3,
        "flow_run_id": v4,
        "task_run_id": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


LogCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
