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


_values = ServerServicesTriggersSettings._values_


def _dump_json(self: ServerServicesTriggersSettings) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "enabled": v0,
        "pg_notify_heartbeat_interval_seconds": v1,
        "pg_notify_reconnect_interval_seconds": v2,
        "read_batch_size": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesTriggersSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
