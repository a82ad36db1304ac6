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
    from ..models.work_queue_health_policy import WorkQueueHealthPolicy


@_attrs_define(kw_only=True)
class WorkQueueStatusDetail(_t.Model):
    """WorkQueueStatusDetail

    Attributes:
        health_check_policy (WorkQueueHealthPolicy):
        healthy (bool): Whether or not the work queue is healthy.
        last_polled (datetime.datetime | None | Unset): The last time an agent polled this queue for
            work.
        late_runs_count (int | Unset): The number of late flow runs in the work queue. Default: 0.
    """

    health_check_policy: WorkQueueHealthPolicy
    healthy: bool
    last_polled: datetime.datetime | None | Unset = UNSET
    late_runs_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkQueueStatusDetail,
    _t.Field(
        "health_check_policy",
        "health_check_policy",
        _t.model("work_queue_health_policy", "WorkQueueHealthPolicy"),
        True,
    ),
    _t.Field("healthy", "healthy", _t.BOOL, True),
    _t.Field("last_polled", "last_polled", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("late_runs_count", "late_runs_count", _t.INT, False, default=0),
)

_d0 = WorkQueueStatusDetail._fields_[0].decode


def _decode(self: WorkQueueStatusDetail, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["health_check_policy"]
    v = _d0(v)
    put(self, "health_check_policy", v)
    v = raw["healthy"]
    if v.__class__ is not bool:
        raise TypeError
    put(self, "healthy", v)
    v = get("last_polled", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "last_polled", v)
    v = get("late_runs_count", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "late_runs_count", v)


WorkQueueStatusDetail._fast_ = _decode


_values = WorkQueueStatusDetail._values_


def _dump_json(self: WorkQueueStatusDetail) -> dict[str, Any]:
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
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is _datetime:
        us = v2.microsecond
        if us and v2.tzinfo is _utc:
            y = v2.year
            v2 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v2.month]}-{_D2[v2.day]}"
                f"T{_D2[v2.hour]}:{_D2[v2.minute]}:{_D2[v2.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v2 = _iso(v2)
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
    out: dict[str, Any] = {
        "health_check_policy": v0,
        "healthy": v1,
        "last_polled": v2,
        "late_runs_count": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueStatusDetail._dump_json = _dump_json  # type: ignore[method-assign,assignment]
