from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
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


def _dump_json(self: DependencyResult) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.end_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["end_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["end_time"] = v
    elif v is not UNSET:
        out["end_time"] = _dj(v)
    v = self.estimated_run_time
    if v.__class__ in _PLAIN:
        out["estimated_run_time"] = v
    elif v is not UNSET:
        out["estimated_run_time"] = _dj(v)
    v = self.expected_start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["expected_start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["expected_start_time"] = v
    elif v is not UNSET:
        out["expected_start_time"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["start_time"] = v
    elif v is not UNSET:
        out["start_time"] = _dj(v)
    v = self.state
    if isinstance(v, _t.Model):
        out["state"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["state"] = v
    elif v is not UNSET:
        out["state"] = _dj(v)
    v = self.total_run_time
    if v.__class__ in _PLAIN:
        out["total_run_time"] = v
    elif v is not UNSET:
        out["total_run_time"] = _dj(v)
    v = self.untrackable_result
    if v.__class__ in _PLAIN:
        out["untrackable_result"] = v
    elif v is not UNSET:
        out["untrackable_result"] = _dj(v)
    v = self.upstream_dependencies
    if v.__class__ in _PLAIN:
        out["upstream_dependencies"] = v
    elif v is not UNSET:
        out["upstream_dependencies"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DependencyResult._dump_json = _dump_json  # type: ignore[method-assign,assignment]
