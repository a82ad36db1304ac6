from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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


_t.fields(
    GetScheduledFlowRunsForDeploymentsBody,
    _t.Field("deployment_ids", "deployment_ids", _t.list_of(_t.UUID_), True),
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("scheduled_before", "scheduled_before", _t.DATETIME, False),
)
