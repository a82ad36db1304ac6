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
class SimpleNextFlowRun(_t.Model):
    """SimpleNextFlowRun

    Attributes:
        flow_id (UUID): The flow id.
        id (UUID): The flow run id.
        name (str): The flow run name
        next_scheduled_start_time (datetime.datetime): The next scheduled start time
        state_name (str): The state name.
        state_type (StateType): Enumeration of state types.
    """

    flow_id: UUID
    id: UUID
    name: str
    next_scheduled_start_time: datetime.datetime
    state_name: str
    state_type: StateType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SimpleNextFlowRun,
    _t.Field("flow_id", "flow_id", _t.UUID_, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("next_scheduled_start_time", "next_scheduled_start_time", _t.DATETIME, True),
    _t.Field("state_name", "state_name", _t.STR, True),
    _t.Field("state_type", "state_type", _t.enum_of("state_type", "StateType"), True),
)

_d5 = SimpleNextFlowRun._fields_[5].decode


def _decode(self: SimpleNextFlowRun, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["flow_id"]
    v = _uuid(v)
    put(self, "flow_id", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["next_scheduled_start_time"]
    v = _fromiso(v)
    put(self, "next_scheduled_start_time", v)
    v = raw["state_name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "state_name", v)
    v = raw["state_type"]
    v = _d5(v)
    put(self, "state_type", v)


SimpleNextFlowRun._fast_ = _decode


_values = SimpleNextFlowRun._values_


def _dump_json(self: SimpleNextFlowRun) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is UUID:
        v1 = v1.int.to_bytes(16).hex("-", 2)
        v1 = v1[:4] + v1[5:29] + v1[30:34] + v1[35:]
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is _datetime:
        us = v3.microsecond
        if us and v3.tzinfo is _utc:
            y = v3.year
            v3 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v3.month]}-{_D2[v3.day]}"
                f"T{_D2[v3.hour]}:{_D2[v3.minute]}:{_D2[v3.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v3 = _iso(v3)
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
    if isinstance(v5, _Enum):
        v5 = v5._value_
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "flow_id": v0,
        "id": v1,
        "name": v2,
        "next_scheduled_start_time": v3,
        "state_name": v4,
        "state_type": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SimpleNextFlowRun._dump_json = _dump_json  # type: ignore[method-assign,assignment]
