from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class WorkerFilterLastHeartbeatTime(_t.Model):
    """Filter by `Worker.last_heartbeat_time`.

    Attributes:
        after_ (datetime.datetime | None | Unset): Only include processes whose last heartbeat was
            at or after this time
        before_ (datetime.datetime | None | Unset): Only include processes whose last heartbeat was
            at or before this time
    """

    after_: datetime.datetime | None | Unset = UNSET
    before_: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerFilterLastHeartbeatTime,
    _t.Field("after_", "after_", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("before_", "before_", _t.union(_t.DATETIME, _t.NONE), False, default=None),
)


def _decode(self: WorkerFilterLastHeartbeatTime, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("after_", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "after_", v)
    v = get("before_", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "before_", v)


WorkerFilterLastHeartbeatTime._fast_ = _decode
