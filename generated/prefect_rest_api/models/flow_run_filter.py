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


_values = FlowRunFilter._values_


def _dump_json(self: FlowRunFilter) -> dict[str, Any]:
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
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
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
    if isinstance(v9, _Enum):
        v9 = v9._value_
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if isinstance(v10, _t.Model):
        v10 = v10._dump_json()
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
    if isinstance(v12, _t.Model):
        v12 = v12._dump_json()
    elif v12 is not None and v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    if isinstance(v13, _t.Model):
        v13 = v13._dump_json()
    elif v13 is not None and v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    if isinstance(v14, _t.Model):
        v14 = v14._dump_json()
    elif v14 is not None and v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if isinstance(v15, _t.Model):
        v15 = v15._dump_json()
    elif v15 is not None and v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    out: dict[str, Any] = {
        "created_by": v0,
        "deployment_id": v1,
        "end_time": v2,
        "expected_start_time": v3,
        "flow_version": v4,
        "id": v5,
        "idempotency_key": v6,
        "name": v7,
        "next_scheduled_start_time": v8,
        "operator": v9,
        "parent_flow_run_id": v10,
        "parent_task_run_id": v11,
        "start_time": v12,
        "state": v13,
        "tags": v14,
        "work_queue_name": v15,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
