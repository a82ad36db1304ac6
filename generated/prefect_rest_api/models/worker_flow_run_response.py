from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_response import FlowRunResponse


@_attrs_define(kw_only=True)
class WorkerFlowRunResponse(_t.Model):
    """WorkerFlowRunResponse

    Attributes:
        flow_run (FlowRunResponse):
        work_pool_id (UUID):
        work_queue_id (UUID):
    """

    flow_run: FlowRunResponse
    work_pool_id: UUID
    work_queue_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerFlowRunResponse,
    _t.Field("flow_run", "flow_run", _t.model("flow_run_response", "FlowRunResponse"), True),
    _t.Field("work_pool_id", "work_pool_id", _t.UUID_, True),
    _t.Field("work_queue_id", "work_queue_id", _t.UUID_, True),
)

_d0 = WorkerFlowRunResponse._fields_[0].decode


def _decode(self: WorkerFlowRunResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["flow_run"]
    v = _d0(v)
    put(self, "flow_run", v)
    v = raw["work_pool_id"]
    v = _uuid(v)
    put(self, "work_pool_id", v)
    v = raw["work_queue_id"]
    v = _uuid(v)
    put(self, "work_queue_id", v)


WorkerFlowRunResponse._fast_ = _decode


def _dump_json(self: WorkerFlowRunResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.flow_run
    if isinstance(v, _t.Model):
        out["flow_run"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flow_run"] = v
    elif v is not UNSET:
        out["flow_run"] = _dj(v)
    v = self.work_pool_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["work_pool_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["work_pool_id"] = v
    elif v is not UNSET:
        out["work_pool_id"] = _dj(v)
    v = self.work_queue_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["work_queue_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["work_queue_id"] = v
    elif v is not UNSET:
        out["work_queue_id"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerFlowRunResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
