from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class CountByState(_t.Model):
    """CountByState

    Attributes:
        cancelled (int | Unset):  Default: 0.
        cancelling (int | Unset):  Default: 0.
        completed (int | Unset):  Default: 0.
        crashed (int | Unset):  Default: 0.
        failed (int | Unset):  Default: 0.
        paused (int | Unset):  Default: 0.
        pending (int | Unset):  Default: 0.
        running (int | Unset):  Default: 0.
        scheduled (int | Unset):  Default: 0.
    """

    cancelled: int | Unset = UNSET
    cancelling: int | Unset = UNSET
    completed: int | Unset = UNSET
    crashed: int | Unset = UNSET
    failed: int | Unset = UNSET
    paused: int | Unset = UNSET
    pending: int | Unset = UNSET
    running: int | Unset = UNSET
    scheduled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    CountByState,
    _t.Field("cancelled", "CANCELLED", _t.INT, False),
    _t.Field("cancelling", "CANCELLING", _t.INT, False),
    _t.Field("completed", "COMPLETED", _t.INT, False),
    _t.Field("crashed", "CRASHED", _t.INT, False),
    _t.Field("failed", "FAILED", _t.INT, False),
    _t.Field("paused", "PAUSED", _t.INT, False),
    _t.Field("pending", "PENDING", _t.INT, False),
    _t.Field("running", "RUNNING", _t.INT, False),
    _t.Field("scheduled", "SCHEDULED", _t.INT, False),
)
