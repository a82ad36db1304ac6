from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.body_bulk_increment_active_slots_with_lease_v2_concurrency_limits_increment_with_lease_post_mode import (
        BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode,
    )
    from ..models.concurrency_lease_holder import ConcurrencyLeaseHolder


@_attrs_define(kw_only=True)
class BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePost(_t.Model):
    """BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePost

    Attributes:
        names (list[str]):
        slots (int):
        holder (ConcurrencyLeaseHolder | None | Unset): The holder of the lease with type (flow_run,
            task_run, or deployment) and id.
        lease_duration (float | Unset): The duration of the lease in seconds. Default: 300.0.
        mode (BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode |
            Unset):  Default: BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLease
            PostMode.CONCURRENCY.
    """

    names: list[str]
    slots: int
    holder: ConcurrencyLeaseHolder | None | Unset = UNSET
    lease_duration: float | Unset = UNSET
    mode: (
        BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePost,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("slots", "slots", _t.INT, True),
    _t.Field(
        "holder",
        "holder",
        _t.union(_t.model("concurrency_lease_holder", "ConcurrencyLeaseHolder"), _t.NONE),
        False,
    ),
    _t.Field("lease_duration", "lease_duration", _t.FLOAT, False),
    _t.Field(
        "mode",
        "mode",
        _t.enum_of(
            "body_bulk_increment_active_slots_with_lease_v2_concurrency_limits_increment_with_lease_post_mode",
            "BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode",
        ),
        False,
    ),
)
