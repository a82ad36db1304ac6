from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.operator import Operator
    from ..models.task_run_filter_end_time import TaskRunFilterEndTime
    from ..models.task_run_filter_expected_start_time import (
        TaskRunFilterExpectedStartTime,
    )
    from ..models.task_run_filter_flow_run_id import TaskRunFilterFlowRunId
    from ..models.task_run_filter_id import TaskRunFilterId
    from ..models.task_run_filter_name import TaskRunFilterName
    from ..models.task_run_filter_start_time import TaskRunFilterStartTime
    from ..models.task_run_filter_state import TaskRunFilterState
    from ..models.task_run_filter_sub_flow_runs import TaskRunFilterSubFlowRuns
    from ..models.task_run_filter_tags import TaskRunFilterTags


@_attrs_define(kw_only=True)
class TaskRunFilter(_t.Model):
    """Filter task runs. Only task runs matching all criteria will be returned

    Attributes:
        end_time (TaskRunFilterEndTime | None | Unset): Filter criteria for `TaskRun.end_time`
        expected_start_time (TaskRunFilterExpectedStartTime | None | Unset): Filter criteria for
            `TaskRun.expected_start_time`
        flow_run_id (TaskRunFilterFlowRunId | None | Unset): Filter criteria for
            `TaskRun.flow_run_id`
        id (TaskRunFilterId | None | Unset): Filter criteria for `TaskRun.id`
        name (TaskRunFilterName | None | Unset): Filter criteria for `TaskRun.name`
        operator (Operator | Unset): Operators for combining filter criteria.
        start_time (TaskRunFilterStartTime | None | Unset): Filter criteria for `TaskRun.start_time`
        state (TaskRunFilterState | None | Unset): Filter criteria for `TaskRun.state`
        subflow_runs (TaskRunFilterSubFlowRuns | None | Unset): Filter criteria for
            `TaskRun.subflow_run`
        tags (TaskRunFilterTags | None | Unset): Filter criteria for `TaskRun.tags`
    """

    end_time: TaskRunFilterEndTime | None | Unset = UNSET
    expected_start_time: TaskRunFilterExpectedStartTime | None | Unset = UNSET
    flow_run_id: TaskRunFilterFlowRunId | None | Unset = UNSET
    id: TaskRunFilterId | None | Unset = UNSET
    name: TaskRunFilterName | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    start_time: TaskRunFilterStartTime | None | Unset = UNSET
    state: TaskRunFilterState | None | Unset = UNSET
    subflow_runs: TaskRunFilterSubFlowRuns | None | Unset = UNSET
    tags: TaskRunFilterTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunFilter,
    _t.Field(
        "end_time",
        "end_time",
        _t.union(_t.model("task_run_filter_end_time", "TaskRunFilterEndTime"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "expected_start_time",
        "expected_start_time",
        _t.union(
            _t.model("task_run_filter_expected_start_time", "TaskRunFilterExpectedStartTime"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "flow_run_id",
        "flow_run_id",
        _t.union(_t.model("task_run_filter_flow_run_id", "TaskRunFilterFlowRunId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("task_run_filter_id", "TaskRunFilterId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("task_run_filter_name", "TaskRunFilterName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "start_time",
        "start_time",
        _t.union(_t.model("task_run_filter_start_time", "TaskRunFilterStartTime"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "state",
        "state",
        _t.union(_t.model("task_run_filter_state", "TaskRunFilterState"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "subflow_runs",
        "subflow_runs",
        _t.union(_t.model("task_run_filter_sub_flow_runs", "TaskRunFilterSubFlowRuns"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "tags",
        "tags",
        _t.union(_t.model("task_run_filter_tags", "TaskRunFilterTags"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = TaskRunFilter._fields_[0].decode
_d1 = TaskRunFilter._fields_[1].decode
_d2 = TaskRunFilter._fields_[2].decode
_d3 = TaskRunFilter._fields_[3].decode
_d4 = TaskRunFilter._fields_[4].decode
_d5 = TaskRunFilter._fields_[5].decode
_d6 = TaskRunFilter._fields_[6].decode
_d7 = TaskRunFilter._fields_[7].decode
_d8 = TaskRunFilter._fields_[8].decode
_d9 = TaskRunFilter._fields_[9].decode


def _decode(self: TaskRunFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("end_time", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "end_time", v)
    v = get("expected_start_time", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "expected_start_time", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "flow_run_id", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "id", v)
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "name", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "operator", v)
    v = get("start_time", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "start_time", v)
    v = get("state", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "state", v)
    v = get("subflow_runs", UNSET)
    if v is not UNSET:
        v = _d8(v)
    put(self, "subflow_runs", v)
    v = get("tags", UNSET)
    if v is not UNSET:
        v = _d9(v)
    put(self, "tags", v)


TaskRunFilter._fast_ = _decode


def _dump_json(self: TaskRunFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.end_time
    if isinstance(v, _t.Model):
        out["end_time"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["end_time"] = v
    elif v is not UNSET:
        out["end_time"] = _dj(v)
    v = self.expected_start_time
    if isinstance(v, _t.Model):
        out["expected_start_time"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["expected_start_time"] = v
    elif v is not UNSET:
        out["expected_start_time"] = _dj(v)
    v = self.flow_run_id
    if isinstance(v, _t.Model):
        out["flow_run_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    v = self.id
    if isinstance(v, _t.Model):
        out["id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if isinstance(v, _t.Model):
        out["name"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    v = self.start_time
    if isinstance(v, _t.Model):
        out["start_time"] = v._dump_json()
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
    v = self.subflow_runs
    if isinstance(v, _t.Model):
        out["subflow_runs"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["subflow_runs"] = v
    elif v is not UNSET:
        out["subflow_runs"] = _dj(v)
    v = self.tags
    if isinstance(v, _t.Model):
        out["tags"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
