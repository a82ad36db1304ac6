from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t


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


_t.fields(
    TaskWorkerResponse,
    _t.Field("identifier", "identifier", _t.STR, True),
    _t.Field("task_keys", "task_keys", _t.list_of(_t.STR), True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
)
