from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class ReadWorkQueueRunsBody(_t.Model):
    """ReadWorkQueueRunsBody

    Attributes:
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        scheduled_before (datetime.datetime | Unset): Only flow runs scheduled to start before this
            time will be returned.
    """

    limit: int | Unset = UNSET
    scheduled_before: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ReadWorkQueueRunsBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("scheduled_before", "scheduled_before", _t.DATETIME, False),
)
