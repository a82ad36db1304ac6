from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.history_response_state import HistoryResponseState


@_attrs_define(kw_only=True)
class HistoryResponse(_t.Model):
    """Represents a history of aggregation states over an interval

    Attributes:
        interval_end (datetime.datetime): The end date of the interval.
        interval_start (datetime.datetime): The start date of the interval.
        states (list[HistoryResponseState]): A list of state histories during the interval.
    """

    interval_end: datetime.datetime
    interval_start: datetime.datetime
    states: list[HistoryResponseState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    HistoryResponse,
    _t.Field("interval_end", "interval_end", _t.DATETIME, True),
    _t.Field("interval_start", "interval_start", _t.DATETIME, True),
    _t.Field(
        "states",
        "states",
        _t.list_of(_t.model("history_response_state", "HistoryResponseState")),
        True,
    ),
)

_d2 = HistoryResponse._fields_[2].decode


def _decode(self: HistoryResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["interval_end"]
    v = _fromiso(v)
    put(self, "interval_end", v)
    v = raw["interval_start"]
    v = _fromiso(v)
    put(self, "interval_start", v)
    v = raw["states"]
    v = _d2(v)
    put(self, "states", v)


HistoryResponse._fast_ = _decode


def _dump_json(self: HistoryResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.interval_end
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["interval_end"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["interval_end"] = v
    elif v is not UNSET:
        out["interval_end"] = _dj(v)
    v = self.interval_start
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["interval_start"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["interval_start"] = v
    elif v is not UNSET:
        out["interval_start"] = _dj(v)
    v = self.states
    if v.__class__ in _PLAIN:
        out["states"] = v
    elif v is not UNSET:
        out["states"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


HistoryResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
