from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.queue_filter import QueueFilter


@_attrs_define(kw_only=True)
class WorkQueueUpdate(_t.Model):
    """Data used by the Prefect REST API to update a work queue.

    Attributes:
        concurrency_limit (int | None | Unset):
        description (str | None | Unset):
        filter (QueueFilter | None | Unset): DEPRECATED: Filter criteria for the work queue.
        is_paused (bool | Unset): Whether or not the work queue is paused. Default: False.
        last_polled (datetime.datetime | None | Unset):
        name (str | None | Unset):
        priority (int | None | Unset):
    """

    concurrency_limit: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    filter: QueueFilter | None | Unset = UNSET
    is_paused: bool | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkQueueUpdate,
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "filter",
        "filter",
        _t.union(_t.model("queue_filter", "QueueFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("is_paused", "is_paused", _t.BOOL, False, default=False),
    _t.Field("last_polled", "last_polled", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("priority", "priority", _t.union(_t.INT, _t.NONE), False, default=None),
)

_d2 = WorkQueueUpdate._fields_[2].decode


def _decode(self: WorkQueueUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("filter", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "filter", v)
    v = get("is_paused", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "is_paused", v)
    v = get("last_polled", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "last_polled", v)
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("priority", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "priority", v)


WorkQueueUpdate._fast_ = _decode


def _dump_json(self: WorkQueueUpdate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
    v = self.description
    if v.__class__ in _PLAIN:
        out["description"] = v
    elif v is not UNSET:
        out["description"] = _dj(v)
    v = self.filter
    if isinstance(v, _t.Model):
        out["filter"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["filter"] = v
    elif v is not UNSET:
        out["filter"] = _dj(v)
    v = self.is_paused
    if v.__class__ in _PLAIN:
        out["is_paused"] = v
    elif v is not UNSET:
        out["is_paused"] = _dj(v)
    v = self.last_polled
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["last_polled"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["last_polled"] = v
    elif v is not UNSET:
        out["last_polled"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.priority
    if v.__class__ in _PLAIN:
        out["priority"] = v
    elif v is not UNSET:
        out["priority"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
