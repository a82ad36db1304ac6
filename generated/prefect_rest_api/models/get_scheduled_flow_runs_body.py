from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class GetScheduledFlowRunsBody(_t.Model):
    """GetScheduledFlowRunsBody

    Attributes:
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        scheduled_after (datetime.datetime | Unset): The minimum time to look for scheduled flow
            runs
        scheduled_before (datetime.datetime | Unset): The maximum time to look for scheduled flow
            runs
        work_queue_names (list[str] | Unset): The names of work pool queues
    """

    limit: int | Unset = UNSET
    scheduled_after: datetime.datetime | Unset = UNSET
    scheduled_before: datetime.datetime | Unset = UNSET
    work_queue_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    GetScheduledFlowRunsBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("scheduled_after", "scheduled_after", _t.DATETIME, False),
    _t.Field("scheduled_before", "scheduled_before", _t.DATETIME, False),
    _t.Field("work_queue_names", "work_queue_names", _t.list_of(_t.STR), False),
)
