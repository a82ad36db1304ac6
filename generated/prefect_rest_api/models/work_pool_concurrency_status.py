from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.work_queue_concurrency_status_detail import (
        WorkQueueConcurrencyStatusDetail,
    )


@_attrs_define(kw_only=True)
class WorkPoolConcurrencyStatus(_t.Model):
    """Paginated pool-level concurrency status with per-queue breakdown.

    Attributes:
        active_slots (int):
        count (int): Total number of queues.
        limit (int): Page size.
        page (int): Current page number (1-indexed).
        pages (int): Total number of pages.
        concurrency_limit (int | None | Unset):
        queues (list[WorkQueueConcurrencyStatusDetail] | Unset):
    """

    active_slots: int
    count: int
    limit: int
    page: int
    pages: int
    concurrency_limit: int | None | Unset = UNSET
    queues: list[WorkQueueConcurrencyStatusDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkPoolConcurrencyStatus,
    _t.Field("active_slots", "active_slots", _t.INT, True),
    _t.Field("count", "count", _t.INT, True),
    _t.Field("limit", "limit", _t.INT, True),
    _t.Field("page", "page", _t.INT, True),
    _t.Field("pages", "pages", _t.INT, True),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field(
        "queues",
        "queues",
        _t.list_of(
            _t.model("work_queue_concurrency_status_detail", "WorkQueueConcurrencyStatusDetail")
        ),
        False,
        default=[],
    ),
)

_d6 = WorkPoolConcurrencyStatus._fields_[6].decode


def _decode(self: WorkPoolConcurrencyStatus, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["active_slots"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "active_slots", v)
    v = raw["count"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "count", v)
    v = raw["limit"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = raw["page"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "page", v)
    v = raw["pages"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "pages", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("queues", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "queues", v)


WorkPoolConcurrencyStatus._fast_ = _decode


def _dump_json(self: WorkPoolConcurrencyStatus) -> dict[str, Any]:
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
    v = self.count
    if v.__class__ in _PLAIN:
        out["count"] = v
    elif v is not UNSET:
        out["count"] = _dj(v)
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    v = self.page
    if v.__class__ in _PLAIN:
        out["page"] = v
    elif v is not UNSET:
        out["page"] = _dj(v)
    v = self.pages
    if v.__class__ in _PLAIN:
        out["pages"] = v
    elif v is not UNSET:
        out["pages"] = _dj(v)
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
    v = self.queues
    if v.__class__ in _PLAIN:
        out["queues"] = v
    elif v is not UNSET:
        out["queues"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolConcurrencyStatus._dump_json = _dump_json  # type: ignore[method-assign,assignment]
