from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = WorkPoolConcurrencyStatus._values_


def _dump_json(self: WorkPoolConcurrencyStatus) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
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
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ is dict:
        v6 = _dump_dict(v6) if v6 else {}
    elif v6.__class__ is list:
        v6 = _dump_list(v6) if v6 else []
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "active_slots": v0,
        "count": v1,
        "limit": v2,
        "page": v3,
        "pages": v4,
        "concurrency_limit": v5,
        "queues": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolConcurrencyStatus._dump_json = _dump_json  # type: ignore[method-assign,assignment]
