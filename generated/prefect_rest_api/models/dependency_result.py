from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.state import State
    from ..models.task_run_result import TaskRunResult


@_attrs_define(kw_only=True)
class DependencyResult(_t.Model):
    """DependencyResult

    Attributes:
        end_time (datetime.datetime | None):
        estimated_run_time (float | None):
        expected_start_time (datetime.datetime | None):
        id (UUID):
        name (str):
        start_time (datetime.datetime | None):
        state (State | None):
        total_run_time (float | None):
        untrackable_result (bool):
        upstream_dependencies (list[TaskRunResult]):
    """

    end_time: datetime.datetime | None
    estimated_run_time: float | None
    expected_start_time: datetime.datetime | None
    id: UUID
    name: str
    start_time: datetime.datetime | None
    state: State | None
    total_run_time: float | None
    untrackable_result: bool
    upstream_dependencies: list[TaskRunResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DependencyResult,
    _t.Field("end_time", "end_time", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("estimated_run_time", "estimated_run_time", _t.union(_t.FLOAT, _t.NONE), True),
    _t.Field("expected_start_time", "expected_start_time", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("start_time", "start_time", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("state", "state", _t.union(_t.model("state", "State"), _t.NONE), True),
    _t.Field("total_run_time", "total_run_time", _t.union(_t.FLOAT, _t.NONE), True),
    _t.Field("untrackable_result", "untrackable_result", _t.BOOL, True),
    _t.Field(
        "upstream_dependencies",
        "upstream_dependencies",
        _t.list_of(_t.model("task_run_result", "TaskRunResult")),
        True,
    ),
)

_d6 = DependencyResult._fields_[6].decode
_d9 = DependencyResult._fields_[9].decode


def _decode(self: DependencyResult, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["end_time"]
    if v is not None:
        v = _fromiso(v)
    put(self, "end_time", v)
    v = raw["estimated_run_time"]
    if v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "estimated_run_time", v)
    v = raw["expected_start_time"]
    if v is not None:
        v = _fromiso(v)
    put(self, "expected_start_time", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["start_time"]
    if v is not None:
        v = _fromiso(v)
    put(self, "start_time", v)
    v = raw["state"]
    v = _d6(v)
    put(self, "state", v)
    v = raw["total_run_time"]
    if v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "total_run_time", v)
    v = raw["untrackable_result"]
    if v.__class__ is not bool:
        raise TypeError
    put(self, "untrackable_result", v)
    v = raw["upstream_dependencies"]
    v = _d9(v)
    put(self, "upstream_dependencies", v)


DependencyResult._fast_ = _decode


_values = DependencyResult._values_


def _dump_json(self: DependencyResult) -> dict[str, Any]:
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
        v9,
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
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is _datetime:
        us = v2.microsecond
        if us and v2.tzinfo is _utc:
            y = v2.year
            v2 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v2.month]}-{_D2[v2.day]}"
                f"T{_D2[v2.hour]}:{_D2[v2.minute]}:{_D2[v2.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v2 = _iso(v2)
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is UUID:
        v3 = v3.int.to_bytes(16).hex("-", 2)
        v3 = v3[:4] + v3[5:29] + v3[30:34] + v3[35:]
    elif v3 is not None and v3.__class__ not in _PLAIN:
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
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ is dict:
        v9 = _dump_dict(v9) if v9 else {}
    elif v9.__class__ is list:
        v9 = _dump_list(v9) if v9 else []
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    out: dict[str, Any] = {
        "end_time": v0,
        "estimated_run_time": v1,
        "expected_start_time": v2,
        "id": v3,
        "name": v4,
        "start_time": v5,
        "state": v6,
        "total_run_time": v7,
        "untrackable_result": v8,
        "upstream_dependencies": v9,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DependencyResult._dump_json = _dump_json  # type: ignore[method-assign,assignment]
