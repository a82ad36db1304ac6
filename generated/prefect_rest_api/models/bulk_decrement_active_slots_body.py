from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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


_t.fields(
    BulkDecrementActiveSlotsBody,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("slots", "slots", _t.INT, True),
    _t.Field("create_if_missing", "create_if_missing", _t.BOOL, False),
    _t.Field("occupancy_seconds", "occupancy_seconds", _t.union(_t.FLOAT, _t.NONE), False),
)
