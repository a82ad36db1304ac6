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


_values = FlowRunResponse._values_


def _dump_json(self: FlowRunResponse) -> dict[str, Any]:
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
        v28,
        v29,
        v30,
        v31,
        v32,
        v33,
        v34,
        v35,
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
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
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
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is dict:
        v5 = _dump_dict(v5) if v5 else {}
    elif v5.__class__ is list:
        v5 = _dump_list(v5) if v5 else []
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
    if v7.__class__ is UUID:
        v7 = v7.int.to_bytes(16).hex("-", 2)
        v7 = v7[:4] + v7[5:29] + v7[30:34] + v7[35:]
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
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
    if v11.__class__ is _td:
        v11 = v11.total_seconds()
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if v12.__class__ is _td:
        v12 = v12.total_seconds()
    elif v12 is not None and v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    if v13.__class__ is _datetime:
        us = v13.microsecond
        if us and v13.tzinfo is _utc:
            y = v13.year
            v13 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v13.month]}-{_D2[v13.day]}"
                f"T{_D2[v13.hour]}:{_D2[v13.minute]}:{_D2[v13.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v13 = _iso(v13)
    elif v13 is not None and v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    if v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    if v16.__class__ is UUID:
        v16 = v16.int.to_bytes(16).hex("-", 2)
        v16 = v16[:4] + v16[5:29] + v16[30:34] + v16[35:]
    elif v16 is not None and v16.__class__ not in _PLAIN:
        if v16 is UNSET:
            gone = True
        else:
            v16 = _dj(v16)
    if v17.__class__ not in _PLAIN:
        if v17 is UNSET:
            gone = True
        else:
            v17 = _dj(v17)
    if v18.__class__ is dict:
        v18 = _dump_dict(v18) if v18 else {}
    elif v18.__class__ is list:
        v18 = _dump_list(v18) if v18 else []
    elif v18 is not None and v18.__class__ not in _PLAIN:
        if v18 is UNSET:
            gone = True
        else:
            v18 = _dj(v18)
    if v19.__class__ is dict:
        v19 = _dump_dict(v19) if v19 else {}
    elif v19.__class__ is list:
        v19 = _dump_list(v19) if v19 else []
    elif v19 is not None and v19.__class__ not in _PLAIN:
        if v19 is UNSET:
            gone = True
        else:
            v19 = _dj(v19)
    if v20.__class__ not in _PLAIN:
        if v20 is UNSET:
            gone = True
        else:
            v20 = _dj(v20)
    if v21.__class__ is _datetime:
        us = v21.microsecond
        if us and v21.tzinfo is _utc:
            y = v21.year
            v21 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v21.month]}-{_D2[v21.day]}"
                f"T{_D2[v21.hour]}:{_D2[v21.minute]}:{_D2[v21.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v21 = _iso(v21)
    elif v21 is not None and v21.__class__ not in _PLAIN:
        if v21 is UNSET:
            gone = True
        else:
            v21 = _dj(v21)
    if v22.__class__ is dict:
        v22 = _dump_dict(v22) if v22 else {}
    elif v22.__class__ is list:
        v22 = _dump_list(v22) if v22 else []
    elif v22 is not None and v22.__class__ not in _PLAIN:
        if v22 is UNSET:
            gone = True
        else:
            v22 = _dj(v22)
    if v23.__class__ is UUID:
        v23 = v23.int.to_bytes(16).hex("-", 2)
        v23 = v23[:4] + v23[5:29] + v23[30:34] + v23[35:]
    elif v23 is not None and v23.__class__ not in _PLAIN:
        if v23 is UNSET:
            gone = True
        else:
            v23 = _dj(v23)
    if v24.__class__ not in _PLAIN:
        if v24 is UNSET:
            gone = True
        else:
            v24 = _dj(v24)
    if v25.__class__ is _datetime:
        us = v25.microsecond
        if us and v25.tzinfo is _utc:
            y = v25.year
            v25 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v25.month]}-{_D2[v25.day]}"
                f"T{_D2[v25.hour]}:{_D2[v25.minute]}:{_D2[v25.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v25 = _iso(v25)
    elif v25 is not None and v25.__class__ not in _PLAIN:
        if v25 is UNSET:
            gone = True
        else:
            v25 = _dj(v25)
    if isinstance(v26, _t.Model):
        v26 = v26._dump_json()
    elif v26 is not None and v26.__class__ not in _PLAIN:
        if v26 is UNSET:
            gone = True
        else:
            v26 = _dj(v26)
    if v27.__class__ is UUID:
        v27 = v27.int.to_bytes(16).hex("-", 2)
        v27 = v27[:4] + v27[5:29] + v27[30:34] + v27[35:]
    elif v27 is not None and v27.__class__ not in _PLAIN:
        if v27 is UNSET:
            gone = True
        else:
            v27 = _dj(v27)
    if v28.__class__ not in _PLAIN:
        if v28 is UNSET:
            gone = True
        else:
            v28 = _dj(v28)
    if isinstance(v29, _Enum):
        v29 = v29._value_
    elif v29 is not None and v29.__class__ not in _PLAIN:
        if v29 is UNSET:
            gone = True
        else:
            v29 = _dj(v29)
    if v30.__class__ is dict:
        v30 = _dump_dict(v30) if v30 else {}
    elif v30.__class__ is list:
        v30 = _dump_list(v30) if v30 else []
    elif v30 is not None and v30.__class__ not in _PLAIN:
        if v30 is UNSET:
            gone = True
        else:
            v30 = _dj(v30)
    if v31.__class__ is _td:
        v31 = v31.total_seconds()
    elif v31 is not None and v31.__class__ not in _PLAIN:
        if v31 is UNSET:
            gone = True
        else:
            v31 = _dj(v31)
    if v32.__class__ is UUID:
        v32 = v32.int.to_bytes(16).hex("-", 2)
        v32 = v32[:4] + v32[5:29] + v32[30:34] + v32[35:]
    elif v32 is not None and v32.__class__ not in _PLAIN:
        if v32 is UNSET:
            gone = True
        else:
            v32 = _dj(v32)
    if v33.__class__ not in _PLAIN:
        if v33 is UNSET:
            gone = True
        else:
            v33 = _dj(v33)
    if v34.__class__ is UUID:
        v34 = v34.int.to_bytes(16).hex("-", 2)
        v34 = v34[:4] + v34[5:29] + v34[30:34] + v34[35:]
    elif v34 is not None and v34.__class__ not in _PLAIN:
        if v34 is UNSET:
            gone = True
        else:
            v34 = _dj(v34)
    if v35.__class__ not in _PLAIN:
        if v35 is UNSET:
            gone = True
        else:
            v35 = _dj(v35)
    out: dict[str, Any] = {
        "created": v0,
        "flow_id": v1,
        "id": v2,
        "updated": v3,
        "auto_scheduled": v4,
        "context": v5,
        "created_by": v6,
        "deployment_id": v7,
        "deployment_version": v8,
        "empirical_policy": v9,
        "end_time": v10,
        "estimated_run_time": v11,
        "estimated_start_time_delta": v12,
        "expected_start_time": v13,
        "flow_version": v14,
        "idempotency_key": v15,
        "infrastructure_document_id": v16,
        "infrastructure_pid": v17,
        "job_variables": v18,
        "labels": v19,
        "name": v20,
        "next_scheduled_start_time": v21,
        "parameters": v22,
        "parent_task_run_id": v23,
        "run_count": v24,
        "start_time": v25,
        "state": v26,
        "state_id": v27,
        "state_name": v28,
        "state_type": v29,
        "tags": v30,
        "total_run_time": v31,
        "work_pool_id": v32,
        "work_pool_name": v33,
        "work_queue_id": v34,
        "work_queue_name": v35,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
