from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid
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
