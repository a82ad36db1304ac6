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


_values = SimpleFlowRun._values_


def _dump_json(self: SimpleFlowRun) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
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
    if isinstance(v3, _Enum):
        v3 = v3._value_
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is _datetime:
        us = v4.microsecond
        if us and v4.tzinfo is _utc:
            y = v4.year
            v4 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v4.month]}-{_D2[v4.day]}"
                f"T{_D2[v4.hour]}:{_D2[v4.minute]}:{_D2[v4.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v4 = _iso(v4)
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "duration": v0,
        "id": v1,
        "lateness": v2,
        "state_type": v3,
        "timestamp": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SimpleFlowRun._dump_json = _dump_json  # type: ignore[method-assign,assignment]
