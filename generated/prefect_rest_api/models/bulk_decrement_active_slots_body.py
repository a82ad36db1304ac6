from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class BulkDecrementActiveSlotsBody(_t.Model):
    """BulkDecrementActiveSlotsBody

    Attributes:
        names (list[str]):
        slots (int):
        create_if_missing (bool | Unset):
        occupancy_seconds (float | None | Unset):
    """

    names: list[str]
    slots: int
    create_if_missing: bool | Unset = UNSET
    occupancy_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BulkDecrementActiveSlotsBody,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("slots", "slots", _t.INT, True),
    _t.Field("create_if_missing", "create_if_missing", _t.BOOL, False),
    _t.Field(
        "occupancy_seconds", "occupancy_seconds", _t.union(_t.FLOAT, _t.NONE), False, default=None
    ),
)


def _decode(self: BulkDecrementActiveSlotsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["names"]
    if v.__class__ is not list or any(x.__class__ is not str for x in v):
        raise TypeError
    put(self, "names", v)
    v = raw["slots"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "slots", v)
    v = get("create_if_missing", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "create_if_missing", v)
    v = get("occupancy_seconds", UNSET)
    if v is not UNSET and v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "occupancy_seconds", v)


BulkDecrementActiveSlotsBody._fast_ = _decode


def _dump_json(self: BulkDecrementActiveSlotsBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.names
    if v.__class__ in _PLAIN:
        out["names"] = v
    elif v is not UNSET:
        out["names"] = _dj(v)
    v = self.slots
    if v.__class__ in _PLAIN:
        out["slots"] = v
    elif v is not UNSET:
        out["slots"] = _dj(v)
    v = self.create_if_missing
    if v.__class__ in _PLAIN:
        out["create_if_missing"] = v
    elif v is not UNSET:
        out["create_if_missing"] = _dj(v)
    v = self.occupancy_seconds
    if v.__class__ in _PLAIN:
        out["occupancy_seconds"] = v
    elif v is not UNSET:
        out["occupancy_seconds"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BulkDecrementActiveSlotsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
