from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
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


def _dump_json(self: TaskRunResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.task_key
    if v.__class__ in _PLAIN:
        out["task_key"] = v
    elif v is not UNSET:
        out["task_key"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.empirical_policy
    if isinstance(v, _t.Model):
        out["empirical_policy"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["empirical_policy"] = v
    elif v is not UNSET:
        out["empirical_policy"] = _dj(v)
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
    v = self.estimated_start_time_delta
    if v.__class__ in _PLAIN:
        out["estimated_start_time_delta"] = v
    elif v is not UNSET:
        out["estimated_start_time_delta"] = _dj(v)
    v = self.flow_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
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
    v = self.state_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["state_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["state_id"] = v
    elif v is not UNSET:
        out["state_id"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    v = self.task_inputs
    if v.__class__ in _PLAIN:
        out["task_inputs"] = v
    elif v is not UNSET:
        out["task_inputs"] = _dj(v)
    v = self.task_version
    if v.__class__ in _PLAIN:
        out["task_version"] = v
    elif v is not UNSET:
        out["task_version"] = _dj(v)
    v = self.total_run_time
    if v.__class__ in _PLAIN:
        out["total_run_time"] = v
    elif v is not UNSET:
        out["total_run_time"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
