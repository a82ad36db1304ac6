from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import fromiso as _fromiso


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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    GetScheduledFlowRunsBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("scheduled_after", "scheduled_after", _t.DATETIME, False),
    _t.Field("scheduled_before", "scheduled_before", _t.DATETIME, False),
    _t.Field("work_queue_names", "work_queue_names", _t.list_of(_t.STR), False, default=[]),
)


def _decode(self: GetScheduledFlowRunsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("scheduled_after", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "scheduled_after", v)
    v = get("scheduled_before", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "scheduled_before", v)
    v = get("work_queue_names", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "work_queue_names", v)


GetScheduledFlowRunsBody._fast_ = _decode
