from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerServicesForemanSettings(_t.Model):
    """Settings for controlling the foreman service

    Attributes:
        deployment_last_polled_timeout_seconds (int | Unset):
                    The number of seconds before a deployment is marked as not ready if it has not been
                    polled. Defaults to `60`.
                     Default: 60.
        enabled (bool | Unset): Whether or not to start the foreman service in the server
            application. Default: True.
        fallback_heartbeat_interval_seconds (int | Unset):
                    The number of seconds to use for online/offline evaluation if a worker's heartbeat
                    interval is not set. Defaults to `30`.
                     Default: 30.
        inactivity_heartbeat_multiple (int | Unset):
                    The number of heartbeats that must be missed before a worker is marked as offline.
            Defaults to `3`.
                     Default: 3.
        loop_seconds (float | Unset): The foreman service will check for offline workers this often.
            Defaults to `15`. Default: 15.0.
        work_queue_last_polled_timeout_seconds (int | Unset):
                    The number of seconds before a work queue is marked as not ready if it has not been
                    polled. Defaults to `60`.
                     Default: 60.
    """

    deployment_last_polled_timeout_seconds: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    fallback_heartbeat_interval_seconds: int | Unset = UNSET
    inactivity_heartbeat_multiple: int | Unset = UNSET
    loop_seconds: float | Unset = UNSET
    work_queue_last_polled_timeout_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesForemanSettings,
    _t.Field(
        "deployment_last_polled_timeout_seconds",
        "deployment_last_polled_timeout_seconds",
        _t.INT,
        False,
        default=60,
    ),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field(
        "fallback_heartbeat_interval_seconds",
        "fallback_heartbeat_interval_seconds",
        _t.INT,
        False,
        default=30,
    ),
    _t.Field(
        "inactivity_heartbeat_multiple", "inactivity_heartbeat_multiple", _t.INT, False, default=3
    ),
    _t.Field("loop_seconds", "loop_seconds", _t.FLOAT, False, default=15),
    _t.Field(
        "work_queue_last_polled_timeout_seconds",
        "work_queue_last_polled_timeout_seconds",
        _t.INT,
        False,
        default=60,
    ),
)


def _decode(self: ServerServicesForemanSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployment_last_polled_timeout_seconds", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "deployment_last_polled_timeout_seconds", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("fallback_heartbeat_interval_seconds", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "fallback_heartbeat_interval_seconds", v)
    v = get("inactivity_heartbeat_multiple", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "inactivity_heartbeat_multiple", v)
    v = get("loop_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "loop_seconds", v)
    v = get("work_queue_last_polled_timeout_seconds", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "work_queue_last_polled_timeout_seconds", v)


ServerServicesForemanSettings._fast_ = _decode


def _dump_json(self: ServerServicesForemanSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.deployment_last_polled_timeout_seconds
    if v.__class__ in _PLAIN:
        out["deployment_last_polled_timeout_seconds"] = v
    elif v is not UNSET:
        out["deployment_last_polled_timeout_seconds"] = _dj(v)
    v = self.enabled
    if v.__class__ in _PLAIN:
        out["enabled"] = v
    elif v is not UNSET:
        out["enabled"] = _dj(v)
    v = self.fallback_heartbeat_interval_seconds
    if v.__class__ in _PLAIN:
        out["fallback_heartbeat_interval_seconds"] = v
    elif v is not UNSET:
        out["fallback_heartbeat_interval_seconds"] = _dj(v)
    v = self.inactivity_heartbeat_multiple
    if v.__class__ in _PLAIN:
        out["inactivity_heartbeat_multiple"] = v
    elif v is not UNSET:
        out["inactivity_heartbeat_multiple"] = _dj(v)
    v = self.loop_seconds
    if v.__class__ in _PLAIN:
        out["loop_seconds"] = v
    elif v is not UNSET:
        out["loop_seconds"] = _dj(v)
    v = self.work_queue_last_polled_timeout_seconds
    if v.__class__ in _PLAIN:
        out["work_queue_last_polled_timeout_seconds"] = v
    elif v is not UNSET:
        out["work_queue_last_polled_timeout_seconds"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesForemanSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
