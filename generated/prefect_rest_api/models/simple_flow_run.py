from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UUID_ as _uuid
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class SimpleFlowRun(_t.Model):
    """SimpleFlowRun

    Attributes:
        duration (float): The total run time of the run.
        id (UUID): The flow run id.
        lateness (float): The delay between the expected and actual start time.
        state_type (StateType): Enumeration of state types.
        timestamp (datetime.datetime): The start time of the run, or the expected start time if it
            hasn't run yet.
    """

    duration: float
    id: UUID
    lateness: float
    state_type: StateType
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SimpleFlowRun,
    _t.Field("duration", "duration", _t.FLOAT, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("lateness", "lateness", _t.FLOAT, True),
    _t.Field("state_type", "state_type", _t.enum_of("state_type", "StateType"), True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
)

_d3 = SimpleFlowRun._fields_[3].decode


def _decode(self: SimpleFlowRun, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["duration"]
    v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "duration", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["lateness"]
    v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "lateness", v)
    v = raw["state_type"]
    v = _d3(v)
    put(self, "state_type", v)
    v = raw["timestamp"]
    v = _fromiso(v)
    put(self, "timestamp", v)


SimpleFlowRun._fast_ = _decode
