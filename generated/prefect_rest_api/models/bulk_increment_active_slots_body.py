from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_increment_active_slots_body_mode import (
        BulkIncrementActiveSlotsBodyMode,
    )


@_attrs_define(kw_only=True)
class BulkIncrementActiveSlotsBody(_t.Model):
    """BulkIncrementActiveSlotsBody

    Attributes:
        names (list[str]):
        slots (int):
        create_if_missing (bool | None | Unset):
        mode (BulkIncrementActiveSlotsBodyMode | Unset):  Default:
            BulkIncrementActiveSlotsBodyMode.CONCURRENCY.
    """

    names: list[str]
    slots: int
    create_if_missing: bool | None | Unset = UNSET
    mode: BulkIncrementActiveSlotsBodyMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BulkIncrementActiveSlotsBody,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("slots", "slots", _t.INT, True),
    _t.Field(
        "create_if_missing", "create_if_missing", _t.union(_t.BOOL, _t.NONE), False, default=None
    ),
    _t.Field(
        "mode",
        "mode",
        _t.enum_of("bulk_increment_active_slots_body_mode", "BulkIncrementActiveSlotsBodyMode"),
        False,
        default="concurrency",
    ),
)

_d3 = BulkIncrementActiveSlotsBody._fields_[3].decode


def _decode(self: BulkIncrementActiveSlotsBody, raw: dict[str, Any]) -> None:
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
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "create_if_missing", v)
    v = get("mode", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "mode", v)


BulkIncrementActiveSlotsBody._fast_ = _decode
