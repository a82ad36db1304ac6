from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class WorkerHeartbeatBody(_t.Model):
    """WorkerHeartbeatBody

    Attributes:
        name (str): The worker process name
        heartbeat_interval_seconds (int | None | Unset): The worker's heartbeat interval in seconds
    """

    name: str
    heartbeat_interval_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerHeartbeatBody,
    _t.Field("name", "name", _t.STR, True),
    _t.Field(
        "heartbeat_interval_seconds",
        "heartbeat_interval_seconds",
        _t.union(_t.INT, _t.NONE),
        False,
        default=None,
    ),
)


def _decode(self: WorkerHeartbeatBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("heartbeat_interval_seconds", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "heartbeat_interval_seconds", v)


WorkerHeartbeatBody._fast_ = _decode
