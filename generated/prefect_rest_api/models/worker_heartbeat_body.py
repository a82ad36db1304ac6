from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


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


def _dump_json(self: WorkerHeartbeatBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.heartbeat_interval_seconds
    if v.__class__ in _PLAIN:
        out["heartbeat_interval_seconds"] = v
    elif v is not UNSET:
        out["heartbeat_interval_seconds"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerHeartbeatBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
