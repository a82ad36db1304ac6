from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
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
