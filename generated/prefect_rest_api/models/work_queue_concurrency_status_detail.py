from __future__ import annotations

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


_values = WorkQueueConcurrencyStatusDetail._values_


def _dump_json(self: WorkQueueConcurrencyStatusDetail) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
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
    out: dict[str, Any] = {
        "active_slots": v0,
        "queue_id": v1,
        "queue_name": v2,
        "concurrency_limit": v3,
        "flow_run_count": v4,
        "flow_runs": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueConcurrencyStatusDetail._dump_json = _dump_json  # type: ignore[method-assign,assignment]
