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


_values = ConcurrencyLimitV2Create._values_


def _dump_json(self: ConcurrencyLimitV2Create) -> dict[str, Any]:
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
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
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
    out: dict[str, Any] = {
        "limit": v0,
        "name": v1,
        "active": v2,
        "active_slots": v3,
        "denied_slots": v4,
        "slot_decay_per_second": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLimitV2Create._dump_json = _dump_json  # type: ignore[method-assign,assignment]
