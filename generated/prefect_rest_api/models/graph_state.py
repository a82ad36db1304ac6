from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso

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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    GraphState,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
    _t.Field("type", "type", _t.enum_of("state_type", "StateType"), True),
)

_d3 = GraphState._fields_[3].decode


def _decode(self: GraphState, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["timestamp"]
    v = _fromiso(v)
    put(self, "timestamp", v)
    v = raw["type"]
    v = _d3(v)
    put(self, "type", v)


GraphState._fast_ = _decode


_values = GraphState._values_


def _dump_json(self: GraphState) -> dict[str, Any]:
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
    if isinstance(v3, _Enum):
        v3 = v3._value_
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "id": v0,
        "name": v1,
        "timestamp": v2,
        "type": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


GraphState._dump_json = _dump_json  # type: ignore[method-assign,assignment]
