from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_slot_summary import FlowRunSlotSummary


@_attrs_define(kw_only=True)
class WorkQueueConcurrencyStatusDetail(_t.Model):
    """Per-queue concurrency status with flow run details.

    Attributes:
        active_slots (int):
        queue_id (UUID):
        queue_name (str):
        concurrency_limit (int | None | Unset):
        flow_run_count (int | None | Unset): Total flow run count for this queue (may differ from
            len(flow_runs) when flow_run_limit is applied).
        flow_runs (list[FlowRunSlotSummary] | Unset):
    """

    active_slots: int
    queue_id: UUID
    queue_name: str
    concurrency_limit: int | None | Unset = UNSET
    flow_run_count: int | None | Unset = UNSET
    flow_runs: list[FlowRunSlotSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkQueueConcurrencyStatusDetail,
    _t.Field("active_slots", "active_slots", _t.INT, True),
    _t.Field("queue_id", "queue_id", _t.UUID_, True),
    _t.Field("queue_name", "queue_name", _t.STR, True),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("flow_run_count", "flow_run_count", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field(
        "flow_runs",
        "flow_runs",
        _t.list_of(_t.model("flow_run_slot_summary", "FlowRunSlotSummary")),
        False,
        default=[],
    ),
)

_d5 = WorkQueueConcurrencyStatusDetail._fields_[5].decode


def _decode(self: WorkQueueConcurrencyStatusDetail, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["active_slots"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "active_slots", v)
    v = raw["queue_id"]
    v = _uuid(v)
    put(self, "queue_id", v)
    v = raw["queue_name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "queue_name", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("flow_run_count", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "flow_run_count", v)
    v = get("flow_runs", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "flow_runs", v)


WorkQueueConcurrencyStatusDetail._fast_ = _decode


def _dump_json(self: WorkQueueConcurrencyStatusDetail) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.active_slots
    if v.__class__ in _PLAIN:
        out["active_slots"] = v
    elif v is not UNSET:
        out["active_slots"] = _dj(v)
    v = self.queue_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["queue_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["queue_id"] = v
    elif v is not UNSET:
        out["queue_id"] = _dj(v)
    v = self.queue_name
    if v.__class__ in _PLAIN:
        out["queue_name"] = v
    elif v is not UNSET:
        out["queue_name"] = _dj(v)
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
    v = self.flow_run_count
    if v.__class__ in _PLAIN:
        out["flow_run_count"] = v
    elif v is not UNSET:
        out["flow_run_count"] = _dj(v)
    v = self.flow_runs
    if v.__class__ in _PLAIN:
        out["flow_runs"] = v
    elif v is not UNSET:
        out["flow_runs"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueConcurrencyStatusDetail._dump_json = _dump_json  # type: ignore[method-assign,assignment]
