from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_filter_created_by import FlowRunFilterCreatedBy
    from ..models.flow_run_filter_deployment_id import FlowRunFilterDeploymentId
    from ..models.flow_run_filter_end_time import FlowRunFilterEndTime
    from ..models.flow_run_filter_expected_start_time import (
        FlowRunFilterExpectedStartTime,
    )
    from ..models.flow_run_filter_flow_version import FlowRunFilterFlowVersion
    from ..models.flow_run_filter_id import FlowRunFilterId
    from ..models.flow_run_filter_idempotency_key import FlowRunFilterIdempotencyKey
    from ..models.flow_run_filter_name import FlowRunFilterName
    from ..models.flow_run_filter_next_scheduled_start_time import (
        FlowRunFilterNextScheduledStartTime,
    )
    from ..models.flow_run_filter_parent_flow_run_id import FlowRunFilterParentFlowRunId
    from ..models.flow_run_filter_parent_task_run_id import FlowRunFilterParentTaskRunId
    from ..models.flow_run_filter_start_time import FlowRunFilterStartTime
    from ..models.flow_run_filter_state import FlowRunFilterState
    from ..models.flow_run_filter_tags import FlowRunFilterTags
    from ..models.flow_run_filter_work_queue_name import FlowRunFilterWorkQueueName
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class FlowRunFilter(_t.Model):
    """Filter flow runs. Only flow runs matching all criteria will be returned

    Attributes:
        created_by (FlowRunFilterCreatedBy | None | Unset): Filter criteria for `FlowRun.created_by`
        deployment_id (FlowRunFilterDeploymentId | None | Unset): Filter criteria for
            `FlowRun.deployment_id`
        end_time (FlowRunFilterEndTime | None | Unset): Filter criteria for `FlowRun.end_time`
        expected_start_time (FlowRunFilterExpectedStartTime | None | Unset): Filter criteria for
            `FlowRun.expected_start_time`
        flow_version (FlowRunFilterFlowVersion | None | Unset): Filter criteria for
            `FlowRun.flow_version`
        id (FlowRunFilterId | None | Unset): Filter criteria for `FlowRun.id`
        idempotency_key (FlowRunFilterIdempotencyKey | None | Unset): Filter criteria for
            `FlowRun.idempotency_key`
        name (FlowRunFilterName | None | Unset): Filter criteria for `FlowRun.name`
        next_scheduled_start_time (FlowRunFilterNextScheduledStartTime | None | Unset): Filter
            criteria for `FlowRun.next_scheduled_start_time`
        operator (Operator | Unset): Operators for combining filter criteria.
        parent_flow_run_id (FlowRunFilterParentFlowRunId | None | Unset): Filter criteria for
            subflows of the given flow runs
        parent_task_run_id (FlowRunFilterParentTaskRunId | None | Unset): Filter criteria for
            `FlowRun.parent_task_run_id`
        start_time (FlowRunFilterStartTime | None | Unset): Filter criteria for `FlowRun.start_time`
        state (FlowRunFilterState | None | Unset): Filter criteria for `FlowRun.state`
        tags (FlowRunFilterTags | None | Unset): Filter criteria for `FlowRun.tags`
        work_queue_name (FlowRunFilterWorkQueueName | None | Unset): Filter criteria for
            `FlowRun.work_queue_name
    """

    created_by: FlowRunFilterCreatedBy | None | Unset = UNSET
    deployment_id: FlowRunFilterDeploymentId | None | Unset = UNSET
    end_time: FlowRunFilterEndTime | None | Unset = UNSET
    expected_start_time: FlowRunFilterExpectedStartTime | None | Unset = UNSET
    flow_version: FlowRunFilterFlowVersion | None | Unset = UNSET
    id: FlowRunFilterId | None | Unset = UNSET
    idempotency_key: FlowRunFilterIdempotencyKey | None | Unset = UNSET
    name: FlowRunFilterName | None | Unset = UNSET
    next_scheduled_start_time: FlowRunFilterNextScheduledStartTime | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    parent_flow_run_id: FlowRunFilterParentFlowRunId | None | Unset = UNSET
    parent_task_run_id: FlowRunFilterParentTaskRunId | None | Unset = UNSET
    start_time: FlowRunFilterStartTime | None | Unset = UNSET
    state: FlowRunFilterState | None | Unset = UNSET
    tags: FlowRunFilterTags | None | Unset = UNSET
    work_queue_name: FlowRunFilterWorkQueueName | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunFilter,
    _t.Field(
        "created_by",
        "created_by",
        _t.union(_t.model("flow_run_filter_created_by", "FlowRunFilterCreatedBy"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "deployment_id",
        "deployment_id",
        _t.union(_t.model("flow_run_filter_deployment_id", "FlowRunFilterDeploymentId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "end_time",
        "end_time",
        _t.union(_t.model("flow_run_filter_end_time", "FlowRunFilterEndTime"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "expected_start_time",
        "expected_start_time",
        _t.union(
            _t.model("flow_run_filter_expected_start_time", "FlowRunFilterExpectedStartTime"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "flow_version",
        "flow_version",
        _t.union(_t.model("flow_run_filter_flow_version", "FlowRunFilterFlowVersion"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("flow_run_filter_id", "FlowRunFilterId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "idempotency_key",
        "idempotency_key",
        _t.union(
            _t.model("flow_run_filter_idempotency_key", "FlowRunFilterIdempotencyKey"), _t.NONE
        ),
        False,
        default=None,
    ),
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("flow_run_filter_name", "FlowRunFilterName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "next_scheduled_start_time",
        "next_scheduled_start_time",
        _t.union(
            _t.model(
                "flow_run_filter_next_scheduled_start_time", "FlowRunFilterNextScheduledStartTime"
            ),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "parent_flow_run_id",
        "parent_flow_run_id",
        _t.union(
            _t.model("flow_run_filter_parent_flow_run_id", "FlowRunFilterParentFlowRunId"), _t.NONE
        ),
        False,
        default=None,
    ),
    _t.Field(
        "parent_task_run_id",
        "parent_task_run_id",
        _t.union(
            _t.model("flow_run_filter_parent_task_run_id", "FlowRunFilterParentTaskRunId"), _t.NONE
        ),
        False,
        default=None,
    ),
    _t.Field(
        "start_time",
        "start_time",
        _t.union(_t.model("flow_run_filter_start_time", "FlowRunFilterStartTime"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "state",
        "state",
        _t.union(_t.model("flow_run_filter_state", "FlowRunFilterState"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "tags",
        "tags",
        _t.union(_t.model("flow_run_filter_tags", "FlowRunFilterTags"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "work_queue_name",
        "work_queue_name",
        _t.union(
            _t.model("flow_run_filter_work_queue_name", "FlowRunFilterWorkQueueName"), _t.NONE
        ),
        False,
        default=None,
    ),
)

_d0 = FlowRunFilter._fields_[0].decode
_d1 = FlowRunFilter._fields_[1].decode
_d2 = FlowRunFilter._fields_[2].decode
_d3 = FlowRunFilter._fields_[3].decode
_d4 = FlowRunFilter._fields_[4].decode
_d5 = FlowRunFilter._fields_[5].decode
_d6 = FlowRunFilter._fields_[6].decode
_d7 = FlowRunFilter._fields_[7].decode
_d8 = FlowRunFilter._fields_[8].decode
_d9 = FlowRunFilter._fields_[9].decode
_d10 = FlowRunFilter._fields_[10].decode
_d11 = FlowRunFilter._fields_[11].decode
_d12 = FlowRunFilter._fields_[12].decode
_d13 = FlowRunFilter._fields_[13].decode
_d14 = FlowRunFilter._fields_[14].decode
_d15 = FlowRunFilter._fields_[15].decode


def _decode(self: FlowRunFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("created_by", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "created_by", v)
    v = get("deployment_id", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "deployment_id", v)
    v = get("end_time", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "end_time", v)
    v = get("expected_start_time", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "expected_start_time", v)
    v = get("flow_version", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "flow_version", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "id", v)
    v = get("idempotency_key", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "idempotency_key", v)
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "name", v)
    v = get("next_scheduled_start_time", UNSET)
    if v is not UNSET:
        v = _d8(v)
    put(self, "next_scheduled_start_time", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d9(v)
    put(self, "operator", v)
    v = get("parent_flow_run_id", UNSET)
    if v is not UNSET:
        v = _d10(v)
    put(self, "parent_flow_run_id", v)
    v = get("parent_task_run_id", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "parent_task_run_id", v)
    v = get("start_time", UNSET)
    if v is not UNSET:
        v = _d12(v)
    put(self, "start_time", v)
    v = get("state", UNSET)
    if v is not UNSET:
        v = _d13(v)
    put(self, "state", v)
    v = get("tags", UNSET)
    if v is not UNSET:
        v = _d14(v)
    put(self, "tags", v)
    v = get("work_queue_name", UNSET)
    if v is not UNSET:
        v = _d15(v)
    put(self, "work_queue_name", v)


FlowRunFilter._fast_ = _decode


def _dump_json(self: FlowRunFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.created_by
    if isinstance(v, _t.Model):
        out["created_by"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["created_by"] = v
    elif v is not UNSET:
        out["created_by"] = _dj(v)
    v = self.deployment_id
    if isinstance(v, _t.Model):
        out["deployment_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["deployment_id"] = v
    elif v is not UNSET:
        out["deployment_id"] = _dj(v)
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
    v = self.flow_version
    if isinstance(v, _t.Model):
        out["flow_version"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flow_version"] = v
    elif v is not UNSET:
        out["flow_version"] = _dj(v)
    v = self.id
    if isinstance(v, _t.Model):
        out["id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.idempotency_key
    if isinstance(v, _t.Model):
        out["idempotency_key"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["idempotency_key"] = v
    elif v is not UNSET:
        out["idempotency_key"] = _dj(v)
    v = self.name
    if isinstance(v, _t.Model):
        out["name"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.next_scheduled_start_time
    if isinstance(v, _t.Model):
        out["next_scheduled_start_time"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["next_scheduled_start_time"] = v
    elif v is not UNSET:
        out["next_scheduled_start_time"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    v = self.parent_flow_run_id
    if isinstance(v, _t.Model):
        out["parent_flow_run_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["parent_flow_run_id"] = v
    elif v is not UNSET:
        out["parent_flow_run_id"] = _dj(v)
    v = self.parent_task_run_id
    if isinstance(v, _t.Model):
        out["parent_task_run_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["parent_task_run_id"] = v
    elif v is not UNSET:
        out["parent_task_run_id"] = _dj(v)
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
    v = self.tags
    if isinstance(v, _t.Model):
        out["tags"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    v = self.work_queue_name
    if isinstance(v, _t.Model):
        out["work_queue_name"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["work_queue_name"] = v
    elif v is not UNSET:
        out["work_queue_name"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
