from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_details import StateDetails
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class State(_t.StateModel):
    """Represents the state of a run.

    Attributes:
        id (UUID):
        type (StateType): Enumeration of state types.
        data (Any | None | Unset): Data associated with the state, e.g. a result. Content must be
            storable as JSON.
        message (str | None | Unset):
        name (str | None | Unset):
        state_details (StateDetails | Unset):
        timestamp (datetime.datetime | Unset):
    """

    id: UUID
    type: StateType
    data: Any | None | Unset = UNSET
    message: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    state_details: StateDetails | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    State,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("type", "type", _t.enum_of("state_type", "StateType"), True),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False),
    _t.Field("message", "message", _t.union(_t.STR, _t.NONE), False),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False),
    _t.Field("state_details", "state_details", _t.model("state_details", "StateDetails"), False),
    _t.Field("timestamp", "timestamp", _t.DATETIME, False),
)
