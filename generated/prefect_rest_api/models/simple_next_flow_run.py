from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
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


def _dump_json(self: SimpleNextFlowRun) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.flow_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_id"] = v
    elif v is not UNSET:
        out["flow_id"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.next_scheduled_start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["next_scheduled_start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["next_scheduled_start_time"] = v
    elif v is not UNSET:
        out["next_scheduled_start_time"] = _dj(v)
    v = self.state_name
    if v.__class__ in _PLAIN:
        out["state_name"] = v
    elif v is not UNSET:
        out["state_name"] = _dj(v)
    v = self.state_type
    if isinstance(v, _Enum):
        out["state_type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["state_type"] = v
    elif v is not UNSET:
        out["state_type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SimpleNextFlowRun._dump_json = _dump_json  # type: ignore[method-assign,assignment]
