from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class FlowRunSlotSummary(_t.Model):
    """Summary of a flow run occupying a concurrency slot.

    Attributes:
        id (UUID):
        name (str):
        start_time (datetime.datetime | None | Unset):
        state_name (str | None | Unset):
        state_timestamp (datetime.datetime | None | Unset):
        state_type (StateType | None | Unset):
        time_in_current_state (float | None | Unset):
    """

    id: UUID
    name: str
    start_time: datetime.datetime | None | Unset = UNSET
    state_name: str | None | Unset = UNSET
    state_timestamp: datetime.datetime | None | Unset = UNSET
    state_type: StateType | None | Unset = UNSET
    time_in_current_state: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunSlotSummary,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("start_time", "start_time", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("state_name", "state_name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "state_timestamp", "state_timestamp", _t.union(_t.DATETIME, _t.NONE), False, default=None
    ),
    _t.Field(
        "state_type",
        "state_type",
        _t.union(_t.enum_of("state_type", "StateType"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "time_in_current_state",
        "time_in_current_state",
        _t.union(_t.FLOAT, _t.NONE),
        False,
        default=None,
    ),
)

_d5 = FlowRunSlotSummary._fields_[5].decode


def _decode(self: FlowRunSlotSummary, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("start_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "start_time", v)
    v = get("state_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "state_name", v)
    v = get("state_timestamp", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "state_timestamp", v)
    v = get("state_type", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "state_type", v)
    v = get("time_in_current_state", UNSET)
    if v is not UNSET and v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "time_in_current_state", v)


FlowRunSlotSummary._fast_ = _decode


_values = FlowRunSlotSummary._values_


def _dump_json(self: FlowRunSlotSummary) -> dict[str, Any]:
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
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
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
    if isinstance(v5, _Enum):
        v5 = v5._value_
    elif v5 is not None and v5.__class__ not in _PLAIN:
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
        "id": v0,
        "name": v1,
        "start_time": v2,
        "state_name": v3,
        "state_timestamp": v4,
        "state_type": v5,
        "time_in_current_state": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunSlotSummary._dump_json = _dump_json  # type: ignore[method-assign,assignment]
