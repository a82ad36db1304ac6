from __future__ import annotations

import datetime
from datetime import datetime as _datetime
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
    from ..models.task_run_policy import TaskRunPolicy
    from ..models.task_run_result import TaskRunResult


@_attrs_define(kw_only=True)
class TaskRunResponse(_t.Model):
    """TaskRunResponse

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        task_key (str): The key of the task this run represents.
        updated (datetime.datetime | None):
        empirical_policy (TaskRunPolicy | Unset): Defines of how a task run should retry.
        end_time (datetime.datetime | None | Unset): The actual end time.
        estimated_run_time (float | Unset): A real-time estimate of the total run time. Default:
            0.0.
        estimated_start_time_delta (float | Unset): The difference between actual and expected start
            time. Default: 0.0.
        flow_run_id (UUID | None | Unset): The id of the flow run this task run belongs to.
        name (str | Unset): The name of the task run. Defaults to a random slug if not specified.
        start_time (datetime.datetime | None | Unset): The actual start time.
        state (State | None | Unset): The current state of the task run.
        state_id (UUID | None | Unset): The id of the task run's current state.
        tags (list[str] | Unset): A list of tags for the task run.
        task_inputs (dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] | Unset):
            Inputs provided to the task run.
        task_version (str | None | Unset): The version of the task executed in this task run.
        total_run_time (float | Unset): Total run time. If the task run was executed multiple times,
            the time of each run will be summed. Default: 0.0.
    """

    created: datetime.datetime | None
    id: UUID
    task_key: str
    updated: datetime.datetime | None
    empirical_policy: TaskRunPolicy | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    estimated_run_time: float | Unset = UNSET
    estimated_start_time_delta: float | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    name: str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    state: State | None | Unset = UNSET
    state_id: UUID | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    task_inputs: dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] | Unset = (
        UNSET
    )
    task_version: str | None | Unset = UNSET
    total_run_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("task_key", "task_key", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("task_run_policy", "TaskRunPolicy"), False
    ),
    _t.Field("end_time", "end_time", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("estimated_run_time", "estimated_run_time", _t.FLOAT, False, default=0.0),
    _t.Field(
        "estimated_start_time_delta", "estimated_start_time_delta", _t.FLOAT, False, default=0.0
    ),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("name", "name", _t.STR, False),
    _t.Field("start_time", "start_time", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("state", "state", _t.union(_t.model("state", "State"), _t.NONE), False, default=None),
    _t.Field("state_id", "state_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
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
    _t.Field("total_run_time", "total_run_time", _t.FLOAT, False, default=0.0),
)

_d4 = TaskRunResponse._fields_[4].decode
_d11 = TaskRunResponse._fields_[11].decode
_d14 = TaskRunResponse._fields_[14].decode


def _decode(self: TaskRunResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
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
    v = get("empirical_policy", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "empirical_policy", v)
    v = get("end_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "end_time", v)
    v = get("estimated_run_time", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "estimated_run_time", v)
    v = get("estimated_start_time_delta", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "estimated_start_time_delta", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)
    v = get("name", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("start_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "start_time", v)
    v = get("state", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "state", v)
    v = get("state_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "state_id", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)
    v = get("task_inputs", UNSET)
    if v is not UNSET:
        v = _d14(v)
    put(self, "task_inputs", v)
    v = get("task_version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "task_version", v)
    v = get("total_run_time", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "total_run_time", v)


TaskRunResponse._fast_ = _decode


_values = TaskRunResponse._values_


def _dump_json(self: TaskRunResponse) -> dict[str, Any]:
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
    if v1.__class__ is UUID:
        v1 = v1.int.to_bytes(16).hex("-", 2)
        v1 = v1[:4] + v1[5:29] + v1[30:34] + v1[35:]
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is _datetime:
        us = v3.microsecond
        if us and v3.tzinfo is _utc:
            y = v3.year
            v3 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v3.month]}-{_D2[v3.day]}"
                f"T{_D2[v3.hour]}:{_D2[v3.minute]}:{_D2[v3.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v3 = _iso(v3)
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
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is UUID:
        v8 = v8.int.to_bytes(16).hex("-", 2)
        v8 = v8[:4] + v8[5:29] + v8[30:34] + v8[35:]
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ is _datetime:
        us = v10.microsecond
        if us and v10.tzinfo is _utc:
            y = v10.year
            v10 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v10.month]}-{_D2[v10.day]}"
                f"T{_D2[v10.hour]}:{_D2[v10.minute]}:{_D2[v10.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v10 = _iso(v10)
    elif v10 is not None and v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if isinstance(v11, _t.Model):
        v11 = v11._dump_json()
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
    if v13.__class__ is dict:
        v13 = _dump_dict(v13) if v13 else {}
    elif v13.__class__ is list:
        v13 = _dump_list(v13) if v13 else []
    elif v13 is not None and v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    if v14.__class__ is dict:
        v14 = _dump_dict(v14) if v14 else {}
    elif v14.__class__ is list:
        v14 = _dump_list(v14) if v14 else []
    elif v14 is not None and v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    if v16.__class__ not in _PLAIN:
        if v16 is UNSET:
            gone = True
        else:
            v16 = _dj(v16)
    out: dict[str, Any] = {
        "created": v0,
        "id": v1,
        "task_key": v2,
        "updated": v3,
        "empirical_policy": v4,
        "end_time": v5,
        "estimated_run_time": v6,
        "estimated_start_time_delta": v7,
        "flow_run_id": v8,
        "name": v9,
        "start_time": v10,
        "state": v11,
        "state_id": v12,
        "tags": v13,
        "task_inputs": v14,
        "task_version": v15,
        "total_run_time": v16,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
