from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET
from ..types import _UTC as _utc
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class EventCount(_t.Model):
    """The count of events with the given filter value

    Attributes:
        count (int): The count of matching events
        end_time (datetime.datetime): The end time of this group of events
        label (str): The value to display for this count
        start_time (datetime.datetime): The start time of this group of events
        value (str): The value to use for filtering
    """

    count: int
    end_time: datetime.datetime
    label: str
    start_time: datetime.datetime
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventCount,
    _t.Field("count", "count", _t.INT, True),
    _t.Field("end_time", "end_time", _t.DATETIME, True),
    _t.Field("label", "label", _t.STR, True),
    _t.Field("start_time", "start_time", _t.DATETIME, True),
    _t.Field("value", "value", _t.STR, True),
)


def _decode(self: EventCount, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["count"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "count", v)
    v = raw["end_time"]
    v = _fromiso(v)
    put(self, "end_time", v)
    v = raw["label"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "label", v)
    v = raw["start_time"]
    v = _fromiso(v)
    put(self, "start_time", v)
    v = raw["value"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "value", v)


EventCount._fast_ = _decode


_values = EventCount._values_


def _dump_json(self: EventCount) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is _datetime:
        us = v1.microsecond
        if us and v1.tzinfo is _utc:
            y = v1.year
            v1 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v1.month]}-{_D2[v1.day]}"
                f"T{_D2[v1.hour]}:{_D2[v1.minute]}:{_D2[v1.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v1 = _iso(v1)
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
    if v3.__class__ is _datetime:
        us = v3.microsecond
        if us and v3.tzinfo is _utc:
            y = v3.year
            v3 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v3.month]}-{_D2[v3.day]}"
                f"T{_D2[v3.hour]}:{_D2[v3.minute]}:{_D2[v3.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v3 = _iso(v3)
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "count": v0,
        "end_time": v1,
        "label": v2,
        "start_time": v3,
        "value": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventCount._dump_json = _dump_json  # type: ignore[method-assign,assignment]
