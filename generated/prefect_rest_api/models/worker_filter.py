from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator import Operator
    from ..models.worker_filter_last_heartbeat_time import WorkerFilterLastHeartbeatTime
    from ..models.worker_filter_status import WorkerFilterStatus


@_attrs_define(kw_only=True)
class WorkerFilter(_t.Model):
    """Filter by `Worker.last_heartbeat_time`.

    Attributes:
        last_heartbeat_time (WorkerFilterLastHeartbeatTime | None | Unset): Filter criteria for
            `Worker.last_heartbeat_time`
        operator (Operator | Unset): Operators for combining filter criteria.
        status (WorkerFilterStatus | None | Unset): Filter criteria for `Worker.status`
    """

    last_heartbeat_time: WorkerFilterLastHeartbeatTime | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    status: WorkerFilterStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    WorkerFilter,
    _t.Field(
        "last_heartbeat_time",
        "last_heartbeat_time",
        _t.union(
            _t.model("worker_filter_last_heartbeat_time", "WorkerFilterLastHeartbeatTime"), _t.NONE
        ),
        False,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "status",
        "status",
        _t.union(_t.model("worker_filter_status", "WorkerFilterStatus"), _t.NONE),
        False,
    ),
)
