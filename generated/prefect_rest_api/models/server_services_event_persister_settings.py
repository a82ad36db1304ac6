from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerServicesEventPersisterSettings(_t.Model):
    """Settings for controlling the event persister service

    Attributes:
        batch_size (int | Unset): The number of events the event persister will attempt to insert in
            one batch. Default: 20.
        enabled (bool | Unset): Whether or not to start the event persister service in the server
            application. Default: True.
        flush_interval (float | Unset): The maximum number of seconds between flushes of the event
            persister. Default: 5.0.
        max_flush_retries (int | Unset): The maximum number of consecutive flush failures before
            events are dropped instead of being re-queued. Default: 5.
        queue_max_size (int | Unset): The maximum number of events that can be queued in memory for
            persistence. When the queue is full, new events will be dropped. Default: 50000.
        read_batch_size (int | Unset): The number of events the event persister will attempt to read
            from the message broker in one batch. Default: 1.
    """

    batch_size: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    flush_interval: float | Unset = UNSET
    max_flush_retries: int | Unset = UNSET
    queue_max_size: int | Unset = UNSET
    read_batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesEventPersisterSettings,
    _t.Field("batch_size", "batch_size", _t.INT, False, default=20),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field("flush_interval", "flush_interval", _t.FLOAT, False, default=5),
    _t.Field("max_flush_retries", "max_flush_retries", _t.INT, False, default=5),
    _t.Field("queue_max_size", "queue_max_size", _t.INT, False, default=50000),
    _t.Field("read_batch_size", "read_batch_size", _t.INT, False, default=1),
)


def _decode(self: ServerServicesEventPersisterSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "batch_size", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("flush_interval", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "flush_interval", v)
    v = get("max_flush_retries", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_flush_retries", v)
    v = get("queue_max_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "queue_max_size", v)
    v = get("read_batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "read_batch_size", v)


ServerServicesEventPersisterSettings._fast_ = _decode


_values = ServerServicesEventPersisterSettings._values_


def _dump_json(self: ServerServicesEventPersisterSettings) -> dict[str, Any]:
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
        "batch_size": v0,
        "enabled": v1,
        "flush_interval": v2,
        "max_flush_retries": v3,
        "queue_max_size": v4,
        "read_batch_size": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesEventPersisterSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
