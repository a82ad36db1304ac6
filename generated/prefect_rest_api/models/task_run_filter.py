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


_values = TaskRunFilter._values_


def _dump_json(self: TaskRunFilter) -> dict[str, Any]:
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
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if isinstance(v5, _Enum):
        v5 = v5._value_
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
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if isinstance(v8, _t.Model):
        v8 = v8._dump_json()
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if isinstance(v9, _t.Model):
        v9 = v9._dump_json()
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    out: dict[str, Any] = {
        "end_time": v0,
        "expected_start_time": v1,
        "flow_run_id": v2,
        "id": v3,
        "name": v4,
        "operator": v5,
        "start_time": v6,
        "state": v7,
        "subflow_runs": v8,
        "tags": v9,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
