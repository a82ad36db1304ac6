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


_t.fields(
    BulkIncrementActiveSlotsBody,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("slots", "slots", _t.INT, True),
    _t.Field("create_if_missing", "create_if_missing", _t.union(_t.BOOL, _t.NONE), False),
    _t.Field(
        "mode",
        "mode",
        _t.enum_of("bulk_increment_active_slots_body_mode", "BulkIncrementActiveSlotsBodyMode"),
        False,
    ),
)
