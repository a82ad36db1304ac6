from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import fromiso as _fromiso


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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadWorkQueueRunsBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("scheduled_before", "scheduled_before", _t.DATETIME, False),
)


def _decode(self: ReadWorkQueueRunsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("scheduled_before", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "scheduled_before", v)


ReadWorkQueueRunsBody._fast_ = _decode
