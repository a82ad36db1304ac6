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


_values = ServerServicesForemanSettings._values_


def _dump_json(self: ServerServicesForemanSettings) -> dict[str, Any]:
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
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
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
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "deployment_last_polled_timeout_seconds": v0,
        "enabled": v1,
        "fallback_heartbeat_interval_seconds": v2,
        "inactivity_heartbeat_multiple": v3,
        "loop_seconds": v4,
        "work_queue_last_polled_timeout_seconds": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesForemanSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
