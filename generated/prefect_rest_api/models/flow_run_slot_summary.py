from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
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


def _dump_json(self: FlowRunSlotSummary) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["start_time"] = v
    elif v is not UNSET:
        out["start_time"] = _dj(v)
    v = self.state_name
    if v.__class__ in _PLAIN:
        out["state_name"] = v
    elif v is not UNSET:
        out["state_name"] = _dj(v)
    v = self.state_timestamp
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["state_timestamp"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["state_timestamp"] = v
    elif v is not UNSET:
        out["state_timestamp"] = _dj(v)
    v = self.state_type
    if isinstance(v, _Enum):
        out["state_type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["state_type"] = v
    elif v is not UNSET:
        out["state_type"] = _dj(v)
    v = self.time_in_current_state
    if v.__class__ in _PLAIN:
        out["time_in_current_state"] = v
    elif v is not UNSET:
        out["time_in_current_state"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunSlotSummary._dump_json = _dump_json  # type: ignore[method-assign,assignment]
