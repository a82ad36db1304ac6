from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class GetScheduledFlowRunsForDeploymentsBody(_t.Model):
    """GetScheduledFlowRunsForDeploymentsBody

    Attributes:
        deployment_ids (list[UUID]): The deployment IDs to get scheduled runs for
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        scheduled_before (datetime.datetime | Unset): The maximum time to look for scheduled flow
            runs
    """

    deployment_ids: list[UUID]
    limit: int | Unset = UNSET
    scheduled_before: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    GetScheduledFlowRunsForDeploymentsBody,
    _t.Field("deployment_ids", "deployment_ids", _t.list_of(_t.UUID_), True),
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("scheduled_before", "scheduled_before", _t.DATETIME, False),
)

_d0 = GetScheduledFlowRunsForDeploymentsBody._fields_[0].decode


def _decode(self: GetScheduledFlowRunsForDeploymentsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["deployment_ids"]
    v = _d0(v)
    put(self, "deployment_ids", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("scheduled_before", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "scheduled_before", v)


GetScheduledFlowRunsForDeploymentsBody._fast_ = _decode
