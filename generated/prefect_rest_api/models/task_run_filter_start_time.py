from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class TaskRunFilterStartTime(_t.Model):
    """Filter by `TaskRun.start_time`.

    Attributes:
        after_ (datetime.datetime | None | Unset): Only include task runs starting at or after this
            time
        before_ (datetime.datetime | None | Unset): Only include task runs starting at or before
            this time
        is_null_ (bool | None | Unset): If true, only return task runs without a start time
    """

    after_: datetime.datetime | None | Unset = UNSET
    before_: datetime.datetime | None | Unset = UNSET
    is_null_: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunFilterStartTime,
    _t.Field("after_", "after_", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("before_", "before_", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("is_null_", "is_null_", _t.union(_t.BOOL, _t.NONE), False, default=None),
)


def _decode(self: TaskRunFilterStartTime, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("after_", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "after_", v)
    v = get("before_", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "before_", v)
    v = get("is_null_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "is_null_", v)


TaskRunFilterStartTime._fast_ = _decode
