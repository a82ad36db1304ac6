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
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.created_by import CreatedBy
    from ..models.flow_run_policy import FlowRunPolicy
    from ..models.state import State
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class FlowRunResponse(_t.Model):
    """FlowRunResponse

    Attributes:
        created (datetime.datetime | None):
        flow_id (UUID): The id of the flow being run.
        id (UUID):
        updated (datetime.datetime | None):
        auto_scheduled (bool | Unset): Whether or not the flow run was automatically scheduled.
            Default: False.
        context (dict[str, Any] | Unset): Additional context for the flow run.
        created_by (CreatedBy | None | Unset): Optional information about the creator of this flow
            run.
        deployment_id (UUID | None | Unset): The id of the deployment associated with this flow run,
            if available.
        deployment_version (str | None | Unset): The version of the deployment associated with this
            flow run.
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        end_time (datetime.datetime | None | Unset): The actual end time.
        estimated_run_time (_dt.timedelta | Unset): A real-time estimate of the total run time.
            Default: 0.0.
        estimated_start_time_delta (_dt.timedelta | Unset): The difference between actual and
            expected start time. Default: 0.0.
        expected_start_time (datetime.datetime | None | Unset): The flow run's expected start time.
        flow_version (str | None | Unset): The version of the flow executed in this flow run.
        idempotency_key (str | None | Unset): An optional idempotency key for the flow run. Used to
            ensure the same flow run is not created multiple times.
        infrastructure_document_id (UUID | None | Unset): The block document defining infrastructure
            to use this flow run.
        infrastructure_pid (str | None | Unset): The id of the flow run as returned by an
            infrastructure block.
        job_variables (dict[str, Any] | None | Unset): Variables used as overrides in the base job
            template
        labels (dict[str, bool | int | float | str] | Unset): A dictionary of key-value labels.
            Values can be strings, numbers, or booleans.
        name (str | Unset): The name of the flow run. Defaults to a random slug if not specified.
        next_scheduled_start_time (datetime.datetime | None | Unset): The next time the flow run is
            scheduled to start.
        parameters (dict[str, Any] | Unset): Parameters for the flow run.
        parent_task_run_id (UUID | None | Unset): If the flow run is a subflow, the id of the
            'dummy' task in the parent flow used to track subflow state.
        run_count (int | Unset): The number of times the flow run was executed. Default: 0.
        start_time (datetime.datetime | None | Unset): The actual start time.
        state (State | None | Unset): The current state of the flow run.
        state_id (UUID | None | Unset): The id of the flow run's current state.
        state_name (str | None | Unset): The name of the current flow run state.
        state_type (StateType | None | Unset): The type of the current flow run state.
        tags (list[str] | Unset): A list of tags on the flow run
        total_run_time (_dt.timedelta | Unset): Total run time. If the flow run was executed
            multiple times, the time of each run will be summed. Default: 0.0.
        work_pool_id (UUID | None | Unset): The id of the flow run's work pool.
        work_pool_name (str | None | Unset): The name of the flow run's work pool.
        work_queue_id (UUID | None | Unset): The id of the run's work pool queue.
        work_queue_name (str | None | Unset): The work queue that handled this flow run.
    """

    created: datetime.datetime | None
    flow_id: UUID
    id: UUID
    updated: datetime.datetime | None
    auto_scheduled: bool | Unset = UNSET
    context: dict[str, Any] | Unset = UNSET
    created_by: CreatedBy | None | Unset = UNSET
    deployment_id: UUID | None | Unset = UNSET
    deployment_version: str | None | Unset = UNSET
    empirical_policy: FlowRunPolicy | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    estimated_run_time: _dt.timedelta | Unset = UNSET
    estimated_start_time_delta: _dt.timedelta | Unset = UNSET
    expected_start_time: datetime.datetime | None | Unset = UNSET
    flow_version: str | None | Unset = UNSET
    idempotency_key: str | None | Unset = UNSET
    infrastructure_document_id: UUID | None | Unset = UNSET
    infrastructure_pid: str | None | Unset = UNSET
    job_variables: dict[str, Any] | None | Unset = UNSET
    labels: dict[str, bool | int | float | str] | Unset = UNSET
    name: str | Unset = UNSET
    next_scheduled_start_time: datetime.datetime | None | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    parent_task_run_id: UUID | None | Unset = UNSET
    run_count: int | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    state: State | None | Unset = UNSET
    state_id: UUID | None | Unset = UNSET
    state_name: str | None | Unset = UNSET
    state_type: StateType | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    total_run_time: _dt.timedelta | Unset = UNSET
    work_pool_id: UUID | None | Unset = UNSET
    work_pool_name: str | None | Unset = UNSET
    work_queue_id: UUID | None | Unset = UNSET
    work_queue_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("flow_id", "flow_id", _t.UUID_, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("auto_scheduled", "auto_scheduled", _t.BOOL, False, default=False),
    _t.Field("context", "context", _t.OBJECT, False, default={}),
    _t.Field(
        "created_by",
        "created_by",
        _t.union(_t.model("created_by", "CreatedBy"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("deployment_id", "deployment_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field(
        "deployment_version", "deployment_version", _t.union(_t.STR, _t.NONE), False, default=None
    ),
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("flow_run_policy", "FlowRunPolicy"), False
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
    _t.Field("flow_version", "flow_version", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("idempotency_key", "idempotency_key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "infrastructure_document_id",
        "infrastructure_document_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "infrastructure_pid", "infrastructure_pid", _t.union(_t.STR, _t.NONE), False, default=None
    ),
    _t.Field("job_variables", "job_variables", _t.union(_t.OBJECT, _t.NONE), False, default=None),
    _t.Field(
        "labels",
        "labels",
        _t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)),
        False,
        default={},
    ),
    _t.Field("name", "name", _t.STR, False),
    _t.Field(
        "next_scheduled_start_time",
        "next_scheduled_start_time",
        _t.union(_t.DATETIME, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("parameters", "parameters", _t.OBJECT, False, default={}),
    _t.Field(
        "parent_task_run_id", "parent_task_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None
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
    _t.Field("total_run_time", "total_run_time", _t.DURATION, False, default=0.0),
    _t.Field("work_pool_id", "work_pool_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("work_pool_name", "work_pool_name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("work_queue_id", "work_queue_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("work_queue_name", "work_queue_name", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d6 = FlowRunResponse._fields_[6].decode
_d9 = FlowRunResponse._fields_[9].decode
_d11 = FlowRunResponse._fields_[11].decode
_d12 = FlowRunResponse._fields_[12].decode
_d19 = FlowRunResponse._fields_[19].decode
_d26 = FlowRunResponse._fields_[26].decode
_d29 = FlowRunResponse._fields_[29].decode
_d31 = FlowRunResponse._fields_[31].decode


def _decode(self: FlowRunResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["flow_id"]
    v = _uuid(v)
    put(self, "flow_id", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("auto_scheduled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "auto_scheduled", v)
    v = get("context", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "context", v)
    v = get("created_by", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "created_by", v)
    v = get("deployment_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "deployment_id", v)
    v = get("deployment_version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "deployment_version", v)
    v = get("empirical_policy", UNSET)
    if v is not UNSET:
        v = _d9(v)
    put(self, "empirical_policy", v)
    v = get("end_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "end_time", v)
    v = get("estimated_run_time", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d11(v)
    put(self, "estimated_run_time", v)
    v = get("estimated_start_time_delta", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d12(v)
    put(self, "estimated_start_time_delta", v)
    v = get("expected_start_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "expected_start_time", v)
    v = get("flow_version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "flow_version", v)
    v = get("idempotency_key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "idempotency_key", v)
    v = get("infrastructure_document_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "infrastructure_document_id", v)
    v = get("infrastructure_pid", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "infrastructure_pid", v)
    v = get("job_variables", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "job_variables", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d19(v)
    put(self, "labels", v)
    v = get("name", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("next_scheduled_start_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "next_scheduled_start_time", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "parameters", v)
    v = get("parent_task_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "parent_task_run_id", v)
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
        v = _d26(v)
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
        v = _d29(v)
    put(self, "state_type", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)
    v = get("total_run_time", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d31(v)
    put(self, "total_run_time", v)
    v = get("work_pool_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "work_pool_id", v)
    v = get("work_pool_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_pool_name", v)
    v = get("work_queue_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "work_queue_id", v)
    v = get("work_queue_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_queue_name", v)


FlowRunResponse._fast_ = _decode


def _dump_json(self: FlowRunResponse) -> dict[str, Any]:
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
    v = self.flow_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_id"] = v
    elif v is not UNSET:
        out["flow_id"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.auto_scheduled
    if v.__class__ in _PLAIN:
        out["auto_scheduled"] = v
    elif v is not UNSET:
        out["auto_scheduled"] = _dj(v)
    v = self.context
    if v.__class__ in _PLAIN:
        out["context"] = v
    elif v is not UNSET:
        out["context"] = _dj(v)
    v = self.created_by
    if isinstance(v, _t.Model):
        out["created_by"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["created_by"] = v
    elif v is not UNSET:
        out["created_by"] = _dj(v)
    v = self.deployment_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["deployment_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["deployment_id"] = v
    elif v is not UNSET:
        out["deployment_id"] = _dj(v)
    v = self.deployment_version
    if v.__class__ in _PLAIN:
        out["deployment_version"] = v
    elif v is not UNSET:
        out["deployment_version"] = _dj(v)
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
    v = self.expected_start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["expected_start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["expected_start_time"] = v
    elif v is not UNSET:
        out["expected_start_time"] = _dj(v)
    v = self.flow_version
    if v.__class__ in _PLAIN:
        out["flow_version"] = v
    elif v is not UNSET:
        out["flow_version"] = _dj(v)
    v = self.idempotency_key
    if v.__class__ in _PLAIN:
        out["idempotency_key"] = v
    elif v is not UNSET:
        out["idempotency_key"] = _dj(v)
    v = self.infrastructure_document_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["infrastructure_document_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["infrastructure_document_id"] = v
    elif v is not UNSET:
        out["infrastructure_document_id"] = _dj(v)
    v = self.infrastructure_pid
    if v.__class__ in _PLAIN:
        out["infrastructure_pid"] = v
    elif v is not UNSET:
        out["infrastructure_pid"] = _dj(v)
    v = self.job_variables
    if v.__class__ in _PLAIN:
        out["job_variables"] = v
    elif v is not UNSET:
        out["job_variables"] = _dj(v)
    v = self.labels
    if v.__class__ in _PLAIN:
        out["labels"] = v
    elif v is not UNSET:
        out["labels"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.next_scheduled_start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["next_scheduled_start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["next_scheduled_start_time"] = v
    elif v is not UNSET:
        out["next_scheduled_start_time"] = _dj(v)
    v = self.parameters
    if v.__class__ in _PLAIN:
        out["parameters"] = v
    elif v is not UNSET:
        out["parameters"] = _dj(v)
    v = self.parent_task_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["parent_task_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["parent_task_run_id"] = v
    elif v is not UNSET:
        out["parent_task_run_id"] = _dj(v)
    v = self.run_count
    if v.__class__ in _PLAIN:
        out["run_count"] = v
    elif v is not UNSET:
        out["run_count"] = _dj(v)
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
    v = self.state_name
    if v.__class__ in _PLAIN:
        out["state_name"] = v
    elif v is not UNSET:
        out["state_name"] = _dj(v)
    v = self.state_type
    if isinstance(v, _Enum):
        out["state_type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["state_type"] = v
    elif v is not UNSET:
        out["state_type"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    v = self.total_run_time
    if v.__class__ in _PLAIN:
        out["total_run_time"] = v
    elif v is not UNSET:
        out["total_run_time"] = _dj(v)
    v = self.work_pool_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["work_pool_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["work_pool_id"] = v
    elif v is not UNSET:
        out["work_pool_id"] = _dj(v)
    v = self.work_pool_name
    if v.__class__ in _PLAIN:
        out["work_pool_name"] = v
    elif v is not UNSET:
        out["work_pool_name"] = _dj(v)
    v = self.work_queue_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["work_queue_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["work_queue_id"] = v
    elif v is not UNSET:
        out["work_queue_id"] = _dj(v)
    v = self.work_queue_name
    if v.__class__ in _PLAIN:
        out["work_queue_name"] = v
    elif v is not UNSET:
        out["work_queue_name"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
