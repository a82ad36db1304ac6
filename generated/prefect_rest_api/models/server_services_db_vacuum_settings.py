from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = ServerServicesDBVacuumSettings._values_


def _dump_json(self: ServerServicesDBVacuumSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (
        v0,
        v1,
        v2,
        v3,
        v4,
        v5,
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is _td:
        v5 = v5.total_seconds()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "batch_size": v0,
        "enabled": v1,
        "event_retention_overrides": v2,
        "loop_seconds": v3,
        "orphan_cleanup_loop_seconds": v4,
        "retention_period": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesDBVacuumSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
