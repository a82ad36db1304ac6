from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.state_details import StateDetails
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class StateCreate(_t.StateModel):
    """Data used by the Prefect REST API to create a new state.

    Attributes:
        type (StateType): Enumeration of state types.
        data (Any | None | Unset): The data of the state to create
        message (str | None | Unset): The message of the state to create
        name (str | None | Unset): The name of the state to create
        state_details (StateDetails | Unset):
    """

    type: StateType
    data: Any | None | Unset = UNSET
    message: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    state_details: StateDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    StateCreate,
    _t.Field("type", "type", _t.enum_of("state_type", "StateType"), True),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False, default=None),
    _t.Field("message", "message", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("state_details", "state_details", _t.model("state_details", "StateDetails"), False),
)

_d0 = StateCreate._fields_[0].decode
_d4 = StateCreate._fields_[4].decode


def _decode(self: StateCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["type"]
    v = _d0(v)
    put(self, "type", v)
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
        v = _d4(v)
    put(self, "state_details", v)


StateCreate._fast_ = _decode


def _dump_json(self: StateCreate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.type
    if isinstance(v, _Enum):
        out["type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
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
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


StateCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
