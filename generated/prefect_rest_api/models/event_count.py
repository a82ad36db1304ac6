from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj
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


def _dump_json(self: EventCount) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.count
    if v.__class__ in _PLAIN:
        out["count"] = v
    elif v is not UNSET:
        out["count"] = _dj(v)
    v = self.end_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["end_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["end_time"] = v
    elif v is not UNSET:
        out["end_time"] = _dj(v)
    v = self.label
    if v.__class__ in _PLAIN:
        out["label"] = v
    elif v is not UNSET:
        out["label"] = _dj(v)
    v = self.start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["start_time"] = v
    elif v is not UNSET:
        out["start_time"] = _dj(v)
    v = self.value
    if v.__class__ in _PLAIN:
        out["value"] = v
    elif v is not UNSET:
        out["value"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventCount._dump_json = _dump_json  # type: ignore[method-assign,assignment]
