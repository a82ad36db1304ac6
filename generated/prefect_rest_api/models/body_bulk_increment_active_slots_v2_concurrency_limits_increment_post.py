from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.body_bulk_increment_active_slots_v2_concurrency_limits_increment_post_mode import (
        BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode,
    )


@_attrs_define(kw_only=True)
class BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPost(_t.Model):
    """BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPost

    Attributes:
        names (list[str]):
        slots (int):
        create_if_missing (bool | None | Unset):
        mode (BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode | Unset):  Default:
            BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode.CONCURRENCY.
    """

    names: list[str]
    slots: int
    create_if_missing: bool | None | Unset = UNSET
    mode: BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPost,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("slots", "slots", _t.INT, True),
    _t.Field("create_if_missing", "create_if_missing", _t.union(_t.BOOL, _t.NONE), False),
    _t.Field(
        "mode",
        "mode",
        _t.enum_of(
            "body_bulk_increment_active_slots_v2_concurrency_limits_increment_post_mode",
            "BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode",
        ),
        False,
    ),
)
