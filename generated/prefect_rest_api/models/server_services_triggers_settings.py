from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerServicesTriggersSettings(_t.Model):
    """Settings for controlling the triggers service

    Attributes:
        enabled (bool | Unset): Whether or not to start the triggers service in the server
            application. Default: True.
        pg_notify_heartbeat_interval_seconds (int | Unset):
                    The number of seconds between heartbeat checks for the PostgreSQL NOTIFY/LISTEN
                    connection to ensure it's still alive. Only used when using PostgreSQL as the
            database.
                    Defaults to `5`.
                     Default: 5.
        pg_notify_reconnect_interval_seconds (int | Unset):
                    The number of seconds to wait before reconnecting to the PostgreSQL NOTIFY/LISTEN
                    connection after an error. Only used when using PostgreSQL as the database.
                    Defaults to `10`.
                     Default: 10.
        read_batch_size (int | Unset): The number of events the triggers service will attempt to
            read from the message broker in one batch. Default: 1.
    """

    enabled: bool | Unset = UNSET
    pg_notify_heartbeat_interval_seconds: int | Unset = UNSET
    pg_notify_reconnect_interval_seconds: int | Unset = UNSET
    read_batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesTriggersSettings,
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field(
        "pg_notify_heartbeat_interval_seconds",
        "pg_notify_heartbeat_interval_seconds",
        _t.INT,
        False,
        default=5,
    ),
    _t.Field(
        "pg_notify_reconnect_interval_seconds",
        "pg_notify_reconnect_interval_seconds",
        _t.INT,
        False,
        default=10,
    ),
    _t.Field("read_batch_size", "read_batch_size", _t.INT, False, default=1),
)


def _decode(self: ServerServicesTriggersSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("pg_notify_heartbeat_interval_seconds", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "pg_notify_heartbeat_interval_seconds", v)
    v = get("pg_notify_reconnect_interval_seconds", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "pg_notify_reconnect_interval_seconds", v)
    v = get("read_batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "read_batch_size", v)


ServerServicesTriggersSettings._fast_ = _decode


def _dump_json(self: ServerServicesTriggersSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.enabled
    if v.__class__ in _PLAIN:
        out["enabled"] = v
    elif v is not UNSET:
        out["enabled"] = _dj(v)
    v = self.pg_notify_heartbeat_interval_seconds
    if v.__class__ in _PLAIN:
        out["pg_notify_heartbeat_interval_seconds"] = v
    elif v is not UNSET:
        out["pg_notify_heartbeat_interval_seconds"] = _dj(v)
    v = self.pg_notify_reconnect_interval_seconds
    if v.__class__ in _PLAIN:
        out["pg_notify_reconnect_interval_seconds"] = v
    elif v is not UNSET:
        out["pg_notify_reconnect_interval_seconds"] = _dj(v)
    v = self.read_batch_size
    if v.__class__ in _PLAIN:
        out["read_batch_size"] = v
    elif v is not UNSET:
        out["read_batch_size"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesTriggersSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
