from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class TaskWorkerResponse(_t.Model):
    """TaskWorkerResponse

    Attributes:
        identifier (str):
        task_keys (list[str]):
        timestamp (datetime.datetime):
    """

    identifier: str
    task_keys: list[str]
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskWorkerResponse,
    _t.Field("identifier", "identifier", _t.STR, True),
    _t.Field("task_keys", "task_keys", _t.list_of(_t.STR), True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
)


def _decode(self: TaskWorkerResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["identifier"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "identifier", v)
    v = raw["task_keys"]
    if v.__class__ is not list or any(x.__class__ is not str for x in v):
        raise TypeError
    put(self, "task_keys", v)
    v = raw["timestamp"]
    v = _fromiso(v)
    put(self, "timestamp", v)


TaskWorkerResponse._fast_ = _decode


def _dump_json(self: TaskWorkerResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.identifier
    if v.__class__ in _PLAIN:
        out["identifier"] = v
    elif v is not UNSET:
        out["identifier"] = _dj(v)
    v = self.task_keys
    if v.__class__ in _PLAIN:
        out["task_keys"] = v
    elif v is not UNSET:
        out["task_keys"] = _dj(v)
    v = self.timestamp
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["timestamp"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["timestamp"] = v
    elif v is not UNSET:
        out["timestamp"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskWorkerResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
