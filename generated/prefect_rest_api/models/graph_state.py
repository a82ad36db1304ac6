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
class GraphState(_t.StateModel):
    """GraphState

    Attributes:
        id (UUID):
        name (str):
        timestamp (datetime.datetime):
        type (StateType): Enumeration of state types.
    """

    id: UUID
    name: str
    timestamp: datetime.datetime
    type: StateType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    GraphState,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
    _t.Field("type", "type", _t.enum_of("state_type", "StateType"), True),
)
