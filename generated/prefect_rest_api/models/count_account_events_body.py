from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_filter import EventFilter
    from ..models.time_unit import TimeUnit


@_attrs_define(kw_only=True)
class CountAccountEventsBody(_t.Model):
    """CountAccountEventsBody

    Attributes:
        filter (EventFilter):
        time_interval (float | Unset):  Default: 1.0.
        time_unit (TimeUnit | Unset):
    """

    filter: EventFilter
    time_interval: float | Unset = UNSET
    time_unit: TimeUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CountAccountEventsBody,
    _t.Field("filter", "filter", _t.model("event_filter", "EventFilter"), True),
    _t.Field("time_interval", "time_interval", _t.FLOAT, False, default=1.0),
    _t.Field("time_unit", "time_unit", _t.enum_of("time_unit", "TimeUnit"), False),
)

_d0 = CountAccountEventsBody._fields_[0].decode
_d2 = CountAccountEventsBody._fields_[2].decode


def _decode(self: CountAccountEventsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["filter"]
    v = _d0(v)
    put(self, "filter", v)
    v = get("time_interval", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "time_interval", v)
    v = get("time_unit", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "time_unit", v)


CountAccountEventsBody._fast_ = _decode
