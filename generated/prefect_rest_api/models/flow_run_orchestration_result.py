from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

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


def _dump_json(self: FlowRunOrchestrationResult) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.details
    if v.__class__ in _PLAIN:
        out["details"] = v
    elif v is not UNSET:
        out["details"] = _dj(v)
    v = self.flow_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    v = self.status
    if isinstance(v, _Enum):
        out["status"] = v._value_
    elif v.__class__ in _PLAIN:
        out["status"] = v
    elif v is not UNSET:
        out["status"] = _dj(v)
    v = self.state
    if isinstance(v, _t.Model):
        out["state"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["state"] = v
    elif v is not UNSET:
        out["state"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunOrchestrationResult._dump_json = _dump_json  # type: ignore[method-assign,assignment]
