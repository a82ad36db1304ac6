from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

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


_t.fields(
    SimpleFlowRun,
    _t.Field("duration", "duration", _t.FLOAT, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("lateness", "lateness", _t.FLOAT, True),
    _t.Field("state_type", "state_type", _t.enum_of("state_type", "StateType"), True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
)
