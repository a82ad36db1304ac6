from __future__ import annotations

import datetime
import datetime as _dt
from datetime import datetime as _datetime
from datetime import timedelta as _td
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.constant import Constant
    from ..models.flow_run_result import FlowRunResult
    from ..models.parameter import Parameter
    from ..models.state import State
    from ..models.state_type import StateType
    from ..models.task_run_policy import TaskRunPolicy
    from ..models.task_run_result import TaskRunResult


@_attrs_define(kw_only=True)
class UITaskRun(_t.Model):
    """A task run with additional details for display in the UI.

    Attributes:
        created (datetime.datetime | None):
        dynamic_key (str): A dynamic key used to differentiate between multiple runs of the same
            task within the same flow run.
        id (UUID):
        task_key (str): A unique identifier for the task being run.
        updated (datetime.datetime | None):
        cache_expiration (datetime.datetime | None | Unset): Specifies when the cached state should
            expire.
        cache_key (str | None | Unset): An optional cache key. If a COMPLETED state associated with
            this cache key is found, the cached COMPLETED state will be used instead of executing the
            task run.
        empirical_policy (TaskRunPolicy | Unset): Defines of how a task run should retry.
        end_time (datetime.datetime | None | Unset): The actual end time.
        estimated_run_time (_dt.timedelta | Unset): A real-time estimate of total run time. Default:
            0.0.
        estimated_start_time_delta (_dt.timedelta | Unset): The difference between actual and
            expected start time. Default: 0.0.
        expected_start_time (datetime.datetime | None | Unset): The task run's expected start time.
        flow_run_id (UUID | None | Unset): The flow run id of the task run.
        flow_run_name (str | None | Unset):
        flow_run_run_count (int | Unset): If the parent flow has retried, this indicates the flow
            retry this run is associated with. Default: 0.
        labels (dict[str, bool | int | float | str] | None | Unset): A dictionary of key-value
            labels. Values can be strings, numbers, or booleans.
        name (str | Unset):
        next_scheduled_start_time (datetime.datetime | None | Unset): The next time the task run is
            scheduled to start.
        run_count (int | Unset): The number of times the task run has been executed. Default: 0.
        start_time (datetime.datetime | None | Unset): The actual start time.
        state (State | None | Unset): The current task run state.
        state_id (UUID | None | Unset): The id of the current task run state.
        state_name (str | None | Unset): The name of the current task run state.
        state_type (StateType | None | Unset): The type of the current task run state.
        tags (list[str] | Unset): A list of tags for the task run.
        task_inputs (dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] | Unset):
            Tracks the source of inputs to a task run. Used for internal bookkeeping.
        task_version (str | None | Unset): The version of the task being run.
        total_run_time (_dt.timedelta | Unset): Total run time. If the task run was executed
            multiple times, the time of each run will be summed. Default: 0.0.
    """

    created: datetime.datetime | None
    dynamic_key: str
    id: UUID
    task_key: str
    updated: datetime.datetime | None
    cache_expiration: datetime.datetime | None | Unset = UNSET
    cache_key: str | None | Unset = UNSET
    empirical_policy: TaskRunPolicy | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    estimated_run_time: _dt.timedelta | Unset = UNSET
    estimated_start_time_delta: _dt.timedelta | Unset = UNSET
    expected_start_time: datetime.datetime | None | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    flow_run_name: str | None | Unset = UNSET
    flow_run_run_count: int | Unset = UNSET
    labels: dict[str, bool | int | float | str] | None | Unset = UNSET
    name: str | Unset = UNSET
    next_scheduled_start_time: datetime.datetime | None | Unset = UNSET
    run_count: int | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    state: State | None | Unset = UNSET
    state_id: UUID | None | Unset = UNSET
    state_name: str | None | Unset = UNSET
    state_type: StateType | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    task_inputs: dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] | Unset = (
        UNSET
    )
    task_version: str | None | Unset = UNSET
    total_run_time: _dt.timedelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    UITaskRun,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("dynamic_key", "dynamic_key", _t.STR, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("task_key", "task_key", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "cache_expiration", "cache_expiration", _t.union(_t.DATETIME, _t.NONE), False, default=None
    ),
    _t.Field("cache_key", "cache_key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("task_run_policy", "TaskRunPolicy"), False
    ),
    _t.Field("end_time", "end_time", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("estimated_run_time", "estimated_run_time", _t.DURATION, False, default=0.0),
    _t.Field(
        "estimated_start_time_delta", "estimated_start_time_delta", _t.DURATION, False, default=0.0
    ),
    _t.Field(
        "expected_start_time",
        "expected_start_time",
        _t.union(_t.DATETIME, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("flow_run_name", "flow_run_name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("flow_run_run_count", "flow_run_run_count", _t.INT, False, default=0),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("name", "name", _t.STR, False),
    _t.Field(
        "next_scheduled_start_time",
        "next_scheduled_start_time",
        _t.union(_t.DATETIME, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("run_count", "run_count", _t.INT, False, default=0),
    _t.Field("start_time", "start_time", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("state", "state", _t.union(_t.model("state", "State"), _t.NONE), False, default=None),
    _t.Field("state_id", "state_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("state_name", "state_name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "state_type",
        "state_type",
        _t.union(_t.enum_of("state_type", "StateType"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
    _t.Field(
        "task_inputs",
        "task_inputs",
        _t.dict_of(
            _t.list_of(
                _t.union(
                    _t.model("task_run_result", "TaskRunResult"),
                    _t.model("flow_run_result", "FlowRunResult"),
                    _t.model("parameter", "Parameter"),
                    _t.model("constant", "Constant"),
                )
            )
        ),
        False,
        default={},
    ),
    _t.Field("task_version", "task_version", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("total_run_time", "total_run_time", _t.DURATION, False, default=0.0),
)

_d7 = UITaskRun._fields_[7].decode
_d9 = UITaskRun._fields_[9].decode
_d10 = UITaskRun._fields_[10].decode
_d15 = UITaskRun._fields_[15].decode
_d20 = UITaskRun._fields_[20].decode
_d23 = UITaskRun._fields_[23].decode
_d25 = UITaskRun._fields_[25].decode
_d27 = UITaskRun._fields_[27].decode


def _decode(self: UITaskRun, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["dynamic_key"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "dynamic_key", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["task_key"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "task_key", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("cache_expiration", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "cache_expiration", v)
    v = get("cache_key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "cache_key", v)
    v = get("empirical_policy", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "empirical_policy", v)
    v = get("end_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "end_time", v)
    v = get("estimated_run_time", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d9(v)
    put(self, "estimated_run_time", v)
    v = get("estimated_start_time_delta", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d10(v)
    put(self, "estimated_start_time_delta", v)
    v = get("expected_start_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "expected_start_time", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)
    v = get("flow_run_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "flow_run_name", v)
    v = get("flow_run_run_count", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "flow_run_run_count", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d15(v)
    put(self, "labels", v)
    v = get("name", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("next_scheduled_start_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "next_scheduled_start_time", v)
    v = get("run_count", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "run_count", v)
    v = get("start_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "start_time", v)
    v = get("state", UNSET)
    if v is not UNSET:
        v = _d20(v)
    put(self, "state", v)
    v = get("state_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "state_id", v)
    v = get("state_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "state_name", v)
    v = get("state_type", UNSET)
    if v is not UNSET:
        v = _d23(v)
    put(self, "state_type", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)
    v = get("task_inputs", UNSET)
    if v is not UNSET:
        v = _d25(v)
    put(self, "task_inputs", v)
    v = get("task_version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "task_version", v)
    v = get("total_run_time", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d27(v)
    put(self, "total_run_time", v)


UITaskRun._fast_ = _decode


_values = UITaskRun._values_


def _dump_json(self: UITaskRun) -> dict[str, Any]:
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
        v10,
        v11,
        v12,
        v13,
        v14,
        v15,
        v16,
        v17,
        v18,
        v19,
        v20,
        v21,
        v22,
        v23,
        v24,
        v25,
        v26,
        v27,
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
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is _datetime:
        us = v4.microsecond
        if us and v4.tzinfo is _utc:
            y = v4.year
            v4 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v4.month]}-{_D2[v4.day]}"
                f"T{_D2[v4.hour]}:{_D2[v4.minute]}:{_D2[v4.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v4 = _iso(v4)
    elif v4 is not None and v4.__class__ not in _PLAIN:
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
    if v6.__class__ not in _PLAIN:
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
    if v8.__class__ is _datetime:
        us = v8.microsecond
        if us and v8.tzinfo is _utc:
            y = v8.year
            v8 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v8.month]}-{_D2[v8.day]}"
                f"T{_D2[v8.hour]}:{_D2[v8.minute]}:{_D2[v8.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v8 = _iso(v8)
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ is _td:
        v9 = v9.total_seconds()
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ is _td:
        v10 = v10.total_seconds()
    elif v10 is not None and v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if v11.__class__ is _datetime:
        us = v11.microsecond
        if us and v11.tzinfo is _utc:
            y = v11.year
            v11 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v11.month]}-{_D2[v11.day]}"
                f"T{_D2[v11.hour]}:{_D2[v11.minute]}:{_D2[v11.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v11 = _iso(v11)
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if v12.__class__ is UUID:
        v12 = v12.int.to_bytes(16).hex("-", 2)
        v12 = v12[:4] + v12[5:29] + v12[30:34] + v12[35:]
    elif v12 is not None and v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    if v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    if v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if v15.__class__ is dict:
        v15 = _dump_dict(v15) if v15 else {}
    elif v15.__class__ is list:
        v15 = _dump_list(v15) if v15 else []
    elif v15 is not None and v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    if v16.__class__ not in _PLAIN:
        if v16 is UNSET:
            gone = True
        else:
            v16 = _dj(v16)
    if v17.__class__ is _datetime:
        us = v17.microsecond
        if us and v17.tzinfo is _utc:
            y = v17.year
            v17 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v17.month]}-{_D2[v17.day]}"
                f"T{_D2[v17.hour]}:{_D2[v17.minute]}:{_D2[v17.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v17 = _iso(v17)
    elif v17 is not None and v17.__class__ not in _PLAIN:
        if v17 is UNSET:
            gone = True
        else:
            v17 = _dj(v17)
    if v18.__class__ not in _PLAIN:
        if v18 is UNSET:
            gone = True
        else:
            v18 = _dj(v18)
    if v19.__class__ is _datetime:
        us = v19.microsecond
        if us and v19.tzinfo is _utc:
            y = v19.year
            v19 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v19.month]}-{_D2[v19.day]}"
                f"T{_D2[v19.hour]}:{_D2[v19.minute]}:{_D2[v19.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v19 = _iso(v19)
    elif v19 is not None and v19.__class__ not in _PLAIN:
        if v19 is UNSET:
            gone = True
        else:
            v19 = _dj(v19)
    if isinstance(v20, _t.Model):
        v20 = v20._dump_json()
    elif v20 is not None and v20.__class__ not in _PLAIN:
        if v20 is UNSET:
            gone = True
        else:
            v20 = _dj(v20)
    if v21.__class__ is UUID:
        v21 = v21.int.to_bytes(16).hex("-", 2)
        v21 = v21[:4] + v21[5:29] + v21[30:34] + v21[35:]
    elif v21 is not None and v21.__class__ not in _PLAIN:
        if v21 is UNSET:
            gone = True
        else:
            v21 = _dj(v21)
    if v22.__class__ not in _PLAIN:
        if v22 is UNSET:
            gone = True
        else:
            v22 = _dj(v22)
    if isinstance(v23, _Enum):
        v23 = v23._value_
    elif v23 is not None and v23.__class__ not in _PLAIN:
        if v23 is UNSET:
            gone = True
        else:
            v23 = _dj(v23)
    if v24.__class__ is dict:
        v24 = _dump_dict(v24) if v24 else {}
    elif v24.__class__ is list:
        v24 = _dump_list(v24) if v24 else []
    elif v24 is not None and v24.__class__ not in _PLAIN:
        if v24 is UNSET:
            gone = True
        else:
            v24 = _dj(v24)
    if v25.__class__ is dict:
        v25 = _dump_dict(v25) if v25 else {}
    elif v25.__class__ is list:
        v25 = _dump_list(v25) if v25 else []
    elif v25 is not None and v25.__class__ not in _PLAIN:
        if v25 is UNSET:
            gone = True
        else:
            v25 = _dj(v25)
    if v26.__class__ not in _PLAIN:
        if v26 is UNSET:
            gone = True
        else:
            v26 = _dj(v26)
    if v27.__class__ is _td:
        v27 = v27.total_seconds()
    elif v27 is not None and v27.__class__ not in _PLAIN:
        if v27 is UNSET:
            gone = True
        else:
            v27 = _dj(v27)
    out: dict[str, Any] = {
        "created": v0,
        "dynamic_key": v1,
        "id": v2,
        "task_key": v3,
        "updated": v4,
        "cache_expiration": v5,
        "cache_key": v6,
        "empirical_policy": v7,
        "end_time": v8,
        "estimated_run_time": v9,
        "estimated_start_time_delta": v10,
        "expected_start_time": v11,
        "flow_run_id": v12,
        "flow_run_name": v13,
        "flow_run_run_count": v14,
        "labels": v15,
        "name": v16,
        "next_scheduled_start_time": v17,
        "run_count": v18,
        "start_time": v19,
        "state": v20,
        "state_id": v21,
        "state_name": v22,
        "state_type": v23,
        "tags": v24,
        "task_inputs": v25,
        "task_version": v26,
        "total_run_time": v27,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


UITaskRun._dump_json = _dump_json  # type: ignore[method-assign,assignment]
