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
    from ..models.state_details import StateDetails
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class State(_t.StateModel):
    """Represents the state of a run.

    Attributes:
        id (UUID):
        type (StateType): Enumeration of state types.
        created (datetime.datetime | None | Unset):
        data (Any | None | Unset): Data associated with the state, e.g. a result. Content must be
            storable as JSON.
        message (str | None | Unset):
        name (str | None | Unset):
        state_details (StateDetails | Unset):
        timestamp (datetime.datetime | Unset):
        updated (datetime.datetime | None | Unset):
    """

    id: UUID
    type: StateType
    created: datetime.datetime | None | Unset = UNSET
    data: Any | None | Unset = UNSET
    message: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    state_details: StateDetails | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    State,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("type", "type", _t.enum_of("state_type", "StateType"), True),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False, default=None),
    _t.Field("message", "message", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("state_details", "state_details", _t.model("state_details", "StateDetails"), False),
    _t.Field("timestamp", "timestamp", _t.DATETIME, False),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), False, default=None),
)

_d1 = State._fields_[1].decode
_d6 = State._fields_[6].decode


def _decode(self: State, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["type"]
    v = _d1(v)
    put(self, "type", v)
    v = get("created", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = get("data", UNSET)

    put(self, "data", v)
    v = get("message", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "message", v)
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("state_details", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "state_details", v)
    v = get("timestamp", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "timestamp", v)
    v = get("updated", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "updated", v)


State._fast_ = _decode


def _dump_json(self: State) -> dict[str, Any]:
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
    v = self.type
    if isinstance(v, _Enum):
        out["type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.data
    if v.__class__ in _PLAIN:
        out["data"] = v
    elif v is not UNSET:
        out["data"] = _dj(v)
    v = self.message
    if v.__class__ in _PLAIN:
        out["message"] = v
    elif v is not UNSET:
        out["message"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.state_details
    if isinstance(v, _t.Model):
        out["state_details"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["state_details"] = v
    elif v is not UNSET:
        out["state_details"] = _dj(v)
    v = self.timestamp
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["timestamp"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["timestamp"] = v
    elif v is not UNSET:
        out["timestamp"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


State._dump_json = _dump_json  # type: ignore[method-assign,assignment]
