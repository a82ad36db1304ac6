from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerServicesDBVacuumSettings(_t.Model):
    """Settings for controlling the database vacuum service

    Attributes:
        batch_size (int | Unset): The number of records to delete per database transaction. Defaults
            to `200`. Default: 200.
        enabled (list[str] | bool | None | Unset): Comma-separated set of vacuum types to enable.
            Valid values: 'events', 'flow_runs', 'orphans'. Defaults to 'events'. Enabling 'flow_runs'
            also enables lower-frequency orphan cleanup; 'orphans' can enable that cleanup
            independently. For backward compatibility, 'true' maps to all vacuum types and 'false' maps
            to 'events'. Event vacuum also requires event_persister.enabled (the default).
        event_retention_overrides (dict[str, _dt.timedelta] | Unset): Per-event-type retention
            period overrides. Keys are event type strings (e.g. 'prefect.flow-run.heartbeat'), values
            are retention periods in seconds. Event types not listed fall back to
            server.events.retention_period. Each override is capped by the global events retention
            period.
        loop_seconds (float | Unset): The database vacuum service will run this often, in seconds.
            Defaults to `3600` (1 hour). Default: 3600.0.
        orphan_cleanup_loop_seconds (float | Unset): The database vacuum service will scan for
            orphaned logs and artifacts this often, in seconds. Defaults to `86400` (24 hours). Default:
            86400.0.
        retention_period (_dt.timedelta | Unset): How old a flow run must be (based on end_time)
            before it is eligible for deletion. Accepts seconds. Minimum 1 hour. Defaults to 90 days.
            Default: 'P90D'.
    """

    batch_size: int | Unset = UNSET
    enabled: list[str] | bool | None | Unset = UNSET
    event_retention_overrides: dict[str, _dt.timedelta] | Unset = UNSET
    loop_seconds: float | Unset = UNSET
    orphan_cleanup_loop_seconds: float | Unset = UNSET
    retention_period: _dt.timedelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesDBVacuumSettings,
    _t.Field("batch_size", "batch_size", _t.INT, False, default=200),
    _t.Field(
        "enabled", "enabled", _t.union(_t.list_of(_t.STR), _t.BOOL, _t.NONE), False, default=None
    ),
    _t.Field(
        "event_retention_overrides",
        "event_retention_overrides",
        _t.dict_of(_t.DURATION),
        False,
        default={},
    ),
    _t.Field("loop_seconds", "loop_seconds", _t.FLOAT, False, default=3600),
    _t.Field(
        "orphan_cleanup_loop_seconds", "orphan_cleanup_loop_seconds", _t.FLOAT, False, default=86400
    ),
    _t.Field("retention_period", "retention_period", _t.DURATION, False, default="P90D"),
)

_d1 = ServerServicesDBVacuumSettings._fields_[1].decode
_d2 = ServerServicesDBVacuumSettings._fields_[2].decode
_d5 = ServerServicesDBVacuumSettings._fields_[5].decode


def _decode(self: ServerServicesDBVacuumSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "batch_size", v)
    v = get("enabled", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "enabled", v)
    v = get("event_retention_overrides", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "event_retention_overrides", v)
    v = get("loop_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "loop_seconds", v)
    v = get("orphan_cleanup_loop_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "orphan_cleanup_loop_seconds", v)
    v = get("retention_period", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d5(v)
    put(self, "retention_period", v)


ServerServicesDBVacuumSettings._fast_ = _decode


def _dump_json(self: ServerServicesDBVacuumSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.batch_size
    if v.__class__ in _PLAIN:
        out["batch_size"] = v
    elif v is not UNSET:
        out["batch_size"] = _dj(v)
    v = self.enabled
    if v.__class__ in _PLAIN:
        out["enabled"] = v
    elif v is not UNSET:
        out["enabled"] = _dj(v)
    v = self.event_retention_overrides
    if v.__class__ in _PLAIN:
        out["event_retention_overrides"] = v
    elif v is not UNSET:
        out["event_retention_overrides"] = _dj(v)
    v = self.loop_seconds
    if v.__class__ in _PLAIN:
        out["loop_seconds"] = v
    elif v is not UNSET:
        out["loop_seconds"] = _dj(v)
    v = self.orphan_cleanup_loop_seconds
    if v.__class__ in _PLAIN:
        out["orphan_cleanup_loop_seconds"] = v
    elif v is not UNSET:
        out["orphan_cleanup_loop_seconds"] = _dj(v)
    v = self.retention_period
    if v.__class__ in _PLAIN:
        out["retention_period"] = v
    elif v is not UNSET:
        out["retention_period"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesDBVacuumSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
