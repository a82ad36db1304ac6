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


_values = WorkerFlowRunResponse._values_


def _dump_json(self: WorkerFlowRunResponse) -> dict[str, Any]:
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
    ) = _values(self)
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
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
    out: dict[str, Any] = {
        "flow_run": v0,
        "work_pool_id": v1,
        "work_queue_id": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerFlowRunResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
