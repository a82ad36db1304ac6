from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid

if TYPE_CHECKING:
    from ..models.set_state_status import SetStateStatus
    from ..models.state import State
    from ..models.state_abort_details import StateAbortDetails
    from ..models.state_accept_details import StateAcceptDetails
    from ..models.state_reject_details import StateRejectDetails
    from ..models.state_wait_details import StateWaitDetails


@_attrs_define(kw_only=True)
class FlowRunOrchestrationResult(_t.Model):
    """Per-run result for bulk state operations.

    Attributes:
        details (StateAcceptDetails | StateWaitDetails | StateRejectDetails | StateAbortDetails):
        flow_run_id (UUID):
        status (SetStateStatus): Enumerates return statuses for setting run states.
        state (State | None | Unset):
    """

    details: StateAcceptDetails | StateWaitDetails | StateRejectDetails | StateAbortDetails
    flow_run_id: UUID
    status: SetStateStatus
    state: State | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunOrchestrationResult,
    _t.Field(
        "details",
        "details",
        _t.union(
            _t.model("state_accept_details", "StateAcceptDetails"),
            _t.model("state_wait_details", "StateWaitDetails"),
            _t.model("state_reject_details", "StateRejectDetails"),
            _t.model("state_abort_details", "StateAbortDetails"),
        ),
        True,
    ),
    _t.Field("flow_run_id", "flow_run_id", _t.UUID_, True),
    _t.Field("status", "status", _t.enum_of("set_state_status", "SetStateStatus"), True),
    _t.Field("state", "state", _t.union(_t.model("state", "State"), _t.NONE), False, default=None),
)

_d0 = FlowRunOrchestrationResult._fields_[0].decode
_d2 = FlowRunOrchestrationResult._fields_[2].decode
_d3 = FlowRunOrchestrationResult._fields_[3].decode


def _decode(self: FlowRunOrchestrationResult, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["details"]
    v = _d0(v)
    put(self, "details", v)
    v = raw["flow_run_id"]
    v = _uuid(v)
    put(self, "flow_run_id", v)
    v = raw["status"]
    v = _d2(v)
    put(self, "status", v)
    v = get("state", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "state", v)


FlowRunOrchestrationResult._fast_ = _decode
