from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class LogFilterTaskRunId(_t.Model):
    """Filter by `Log.task_run_id`.

    Attributes:
        any_ (list[UUID] | None | Unset): A list of task run IDs to include
        is_null_ (bool | None | Unset): If true, only include logs without a task run id
    """

    any_: list[UUID] | None | Unset = UNSET
    is_null_: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    LogFilterTaskRunId,
    _t.Field("any_", "any_", _t.union(_t.list_of(_t.UUID_), _t.NONE), False),
    _t.Field("is_null_", "is_null_", _t.union(_t.BOOL, _t.NONE), False),
)
