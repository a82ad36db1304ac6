from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ConcurrencyLimitV2Create(_t.Model):
    """Data used by the Prefect REST API to create a v2 concurrency limit.

    Attributes:
        limit (int): The concurrency limit.
        name (str): The name of the concurrency limit.
        active (bool | Unset): Whether the concurrency limit is active. Default: True.
        active_slots (int | Unset): The number of active slots. Default: 0.
        denied_slots (int | Unset): The number of denied slots. Default: 0.
        slot_decay_per_second (float | Unset): The decay rate for active slots when used as a rate
            limit. Default: 0.0.
    """

    limit: int
    name: str
    active: bool | Unset = UNSET
    active_slots: int | Unset = UNSET
    denied_slots: int | Unset = UNSET
    slot_decay_per_second: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ConcurrencyLimitV2Create,
    _t.Field("limit", "limit", _t.INT, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("active", "active", _t.BOOL, False, default=True),
    _t.Field("active_slots", "active_slots", _t.INT, False, default=0),
    _t.Field("denied_slots", "denied_slots", _t.INT, False, default=0),
    _t.Field("slot_decay_per_second", "slot_decay_per_second", _t.FLOAT, False, default=0),
)


def _decode(self: ConcurrencyLimitV2Create, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["limit"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("active", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "active", v)
    v = get("active_slots", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "active_slots", v)
    v = get("denied_slots", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "denied_slots", v)
    v = get("slot_decay_per_second", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "slot_decay_per_second", v)


ConcurrencyLimitV2Create._fast_ = _decode


def _dump_json(self: ConcurrencyLimitV2Create) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.active
    if v.__class__ in _PLAIN:
        out["active"] = v
    elif v is not UNSET:
        out["active"] = _dj(v)
    v = self.active_slots
    if v.__class__ in _PLAIN:
        out["active_slots"] = v
    elif v is not UNSET:
        out["active_slots"] = _dj(v)
    v = self.denied_slots
    if v.__class__ in _PLAIN:
        out["denied_slots"] = v
    elif v is not UNSET:
        out["denied_slots"] = _dj(v)
    v = self.slot_decay_per_second
    if v.__class__ in _PLAIN:
        out["slot_decay_per_second"] = v
    elif v is not UNSET:
        out["slot_decay_per_second"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLimitV2Create._dump_json = _dump_json  # type: ignore[method-assign,assignment]
