from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t


@_attrs_define(kw_only=True)
class TaskWorkerFilter(_t.Model):
    """TaskWorkerFilter

    Attributes:
        task_keys (list[str]):
    """

    task_keys: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    TaskWorkerFilter,
    _t.Field("task_keys", "task_keys", _t.list_of(_t.STR), True),
)
