from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

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


_values = CountAccountEventsBody._values_


def _dump_json(self: CountAccountEventsBody) -> dict[str, Any]:
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
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _Enum):
        v2 = v2._value_
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "filter": v0,
        "time_interval": v1,
        "time_unit": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CountAccountEventsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
