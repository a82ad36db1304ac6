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
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = State._values_


def _dump_json(self: State) -> dict[str, Any]:
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
        v7,
        v8,
    ) = _values(self)
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _Enum):
        v1 = v1._value_
    elif v1 is not None and v1.__class__ not in _PLAIN:
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
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ is _datetime:
        us = v7.microsecond
        if us and v7.tzinfo is _utc:
            y = v7.year
            v7 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v7.month]}-{_D2[v7.day]}"
                f"T{_D2[v7.hour]}:{_D2[v7.minute]}:{_D2[v7.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v7 = _iso(v7)
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is _datetime:
        us = v8.microsecond
        if us and v8.tzinfo is _utc:
            y = v8.year
            v8 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v8.month]}-{_D2[v8.day]}"
                f"T{_D2[v8.hour]}:{_D2[v8.minute]}:{_D2[v8.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v8 = _iso(v8)
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    out: dict[str, Any] = {
        "id": v0,
        "type": v1,
        "created": v2,
        "data": v3,
        "message": v4,
        "name": v5,
        "state_details": v6,
        "timestamp": v7,
        "updated": v8,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


State._dump_json = _dump_json  # type: ignore[method-assign,assignment]
