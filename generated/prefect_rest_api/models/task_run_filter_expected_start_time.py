from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class TaskRunFilterExpectedStartTime(_t.Model):
    """Filter by `TaskRun.expected_start_time`.

    Attributes:
        after_ (datetime.datetime | None | Unset): Only include task runs expected to start at or
            after this time
        before_ (datetime.datetime | None | Unset): Only include task runs expected to start at or
            before this time
    """

    after_: datetime.datetime | None | Unset = UNSET
    before_: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunFilterExpectedStartTime,
    _t.Field("after_", "after_", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("before_", "before_", _t.union(_t.DATETIME, _t.NONE), False, default=None),
)


def _decode(self: TaskRunFilterExpectedStartTime, raw: dict[str, Any]) -> None:
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


TaskRunFilterExpectedStartTime._fast_ = _decode


_values = TaskRunFilterExpectedStartTime._values_


def _dump_json(self: TaskRunFilterExpectedStartTime) -> dict[str, Any]:
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
    if v1.__class__ is _datetime:
        us = v1.microsecond
        if us and v1.tzinfo is _utc:
            y = v1.year
            v1 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v1.month]}-{_D2[v1.day]}"
                f"T{_D2[v1.hour]}:{_D2[v1.minute]}:{_D2[v1.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v1 = _iso(v1)
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    out: dict[str, Any] = {
        "after_": v0,
        "before_": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunFilterExpectedStartTime._dump_json = _dump_json  # type: ignore[method-assign,assignment]
