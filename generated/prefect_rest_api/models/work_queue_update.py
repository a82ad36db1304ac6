from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = WorkQueueUpdate._values_


def _dump_json(self: WorkQueueUpdate) -> dict[str, Any]:
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
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is _datetime:
        us = v4.microsecond
        if us and v4.tzinfo is _utc:
            y = v4.year
            v4 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v4.month]}-{_D2[v4.day]}"
                f"T{_D2[v4.hour]}:{_D2[v4.minute]}:{_D2[v4.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v4 = _iso(v4)
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "concurrency_limit": v0,
        "description": v1,
        "filter": v2,
        "is_paused": v3,
        "last_polled": v4,
        "name": v5,
        "priority": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
