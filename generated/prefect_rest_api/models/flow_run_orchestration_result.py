from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = FlowRunOrchestrationResult._values_


def _dump_json(self: FlowRunOrchestrationResult) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
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
    if isinstance(v2, _Enum):
        v2 = v2._value_
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
    out: dict[str, Any] = {
        "details": v0,
        "flow_run_id": v1,
        "status": v2,
        "state": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunOrchestrationResult._dump_json = _dump_json  # type: ignore[method-assign,assignment]
