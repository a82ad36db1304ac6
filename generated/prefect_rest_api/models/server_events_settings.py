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
class ServerEventsSettings(_t.Model):
    """Settings for controlling behavior of the events subsystem

    Attributes:
        causal_ordering (str | Unset): Which causal ordering implementation to use for the events
            system. Should point to a module that exports a CausalOrdering class. Default:
            'prefect.server.events.ordering.memory'.
        expired_bucket_buffer (_dt.timedelta | Unset): The amount of time to retain expired
            automation buckets Default: 'PT1M'.
        maximum_event_name_length (int | Unset): The maximum length of an event name. Default: 1024.
        maximum_labels_per_resource (int | Unset): The maximum number of labels a resource may have.
            Default: 500.
        maximum_related_resources (int | Unset): The maximum number of related resources an Event
            may have. Default: 100.
        maximum_size_bytes (int | Unset): The maximum size of an Event when serialized to JSON
            Default: 1500000.
        maximum_websocket_backfill (_dt.timedelta | Unset): The maximum range to look back for
            backfilling events for a websocket subscriber. Default: 'PT15M'.
        messaging_broker (str | Unset): Which message broker implementation to use for the messaging
            system, should point to a module that exports a Publisher and Consumer class. Default:
            'prefect.server.utilities.messaging.memory'.
        messaging_cache (str | Unset): Which cache implementation to use for the events system.
            Should point to a module that exports a Cache class. Default:
            'prefect.server.utilities.messaging.memory'.
        proactive_granularity (_dt.timedelta | Unset): How frequently proactive automations are
            evaluated Default: 'PT5S'.
        related_resource_cache_ttl (_dt.timedelta | Unset): The number of seconds to cache related
            resources for in the API. Default: 'PT5M'.
        retention_period (_dt.timedelta | Unset): The amount of time to retain events in the
            database. Default: 'P7D'.
        stream_out_enabled (bool | Unset): Whether or not to stream events out to the API via
            websockets. Default: True.
        websocket_backfill_page_size (int | Unset): The page size for the queries to backfill events
            for websocket subscribers. Default: 250.
    """

    causal_ordering: str | Unset = UNSET
    expired_bucket_buffer: _dt.timedelta | Unset = UNSET
    maximum_event_name_length: int | Unset = UNSET
    maximum_labels_per_resource: int | Unset = UNSET
    maximum_related_resources: int | Unset = UNSET
    maximum_size_bytes: int | Unset = UNSET
    maximum_websocket_backfill: _dt.timedelta | Unset = UNSET
    messaging_broker: str | Unset = UNSET
    messaging_cache: str | Unset = UNSET
    proactive_granularity: _dt.timedelta | Unset = UNSET
    related_resource_cache_ttl: _dt.timedelta | Unset = UNSET
    retention_period: _dt.timedelta | Unset = UNSET
    stream_out_enabled: bool | Unset = UNSET
    websocket_backfill_page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerEventsSettings,
    _t.Field(
        "causal_ordering",
        "causal_ordering",
        _t.STR,
        False,
        default="prefect.server.events.ordering.memory",
    ),
    _t.Field("expired_bucket_buffer", "expired_bucket_buffer", _t.DURATION, False, default="PT1M"),
    _t.Field("maximum_event_name_length", "maximum_event_name_length", _t.INT, False, default=1024),
    _t.Field(
        "maximum_labels_per_resource", "maximum_labels_per_resource", _t.INT, False, default=500
    ),
    _t.Field("maximum_related_resources", "maximum_related_resources", _t.INT, False, default=100),
    _t.Field("maximum_size_bytes", "maximum_size_bytes", _t.INT, False, default=1500000),
    _t.Field(
        "maximum_websocket_backfill",
        "maximum_websocket_backfill",
        _t.DURATION,
        False,
        default="PT15M",
    ),
    _t.Field(
        "messaging_broker",
        "messaging_broker",
        _t.STR,
        False,
        default="prefect.server.utilities.messaging.memory",
    ),
    _t.Field(
        "messaging_cache",
        "messaging_cache",
        _t.STR,
        False,
        default="prefect.server.utilities.messaging.memory",
    ),
    _t.Field("proactive_granularity", "proactive_granularity", _t.DURATION, False, default="PT5S"),
    _t.Field(
        "related_resource_cache_ttl",
        "related_resource_cache_ttl",
        _t.DURATION,
        False,
        default="PT5M",
    ),
    _t.Field("retention_period", "retention_period", _t.DURATION, False, default="P7D"),
    _t.Field("stream_out_enabled", "stream_out_enabled", _t.BOOL, False, default=True),
    _t.Field(
        "websocket_backfill_page_size", "websocket_backfill_page_size", _t.INT, False, default=250
    ),
)

_d1 = ServerEventsSettings._fields_[1].decode
_d6 = ServerEventsSettings._fields_[6].decode
_d9 = ServerEventsSettings._fields_[9].decode
_d10 = ServerEventsSettings._fields_[10].decode
_d11 = ServerEventsSettings._fields_[11].decode


def _decode(self: ServerEventsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("causal_ordering", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "causal_ordering", v)
    v = get("expired_bucket_buffer", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d1(v)
    put(self, "expired_bucket_buffer", v)
    v = get("maximum_event_name_length", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "maximum_event_name_length", v)
    v = get("maximum_labels_per_resource", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "maximum_labels_per_resource", v)
    v = get("maximum_related_resources", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "maximum_related_resources", v)
    v = get("maximum_size_bytes", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "maximum_size_bytes", v)
    v = get("maximum_websocket_backfill", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d6(v)
    put(self, "maximum_websocket_backfill", v)
    v = get("messaging_broker", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "messaging_broker", v)
    v = get("messaging_cache", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "messaging_cache", v)
    v = get("proactive_granularity", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d9(v)
    put(self, "proactive_granularity", v)
    v = get("related_resource_cache_ttl", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d10(v)
    put(self, "related_resource_cache_ttl", v)
    v = get("retention_period", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d11(v)
    put(self, "retention_period", v)
    v = get("stream_out_enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "stream_out_enabled", v)
    v = get("websocket_backfill_page_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "websocket_backfill_page_size", v)


ServerEventsSettings._fast_ = _decode


_values = ServerEventsSettings._values_


def _dump_json(self: ServerEventsSettings) -> dict[str, Any]:
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
        v6,
        v7,
        v8,
        v9,
        v10,
        v11,
        v12,
        v13,
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is _td:
        v1 = v1.total_seconds()
    elif v1 is not None and v1.__class__ not in _PLAIN:
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
    if v6.__class__ is _td:
        v6 = v6.total_seconds()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ is _td:
        v9 = v9.total_seconds()
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ is _td:
        v10 = v10.total_seconds()
    elif v10 is not None and v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if v11.__class__ is _td:
        v11 = v11.total_seconds()
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    if v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    out: dict[str, Any] = {
        "causal_ordering": v0,
        "expired_bucket_buffer": v1,
        "maximum_event_name_length": v2,
        "maximum_labels_per_resource": v3,
        "maximum_related_resources": v4,
        "maximum_size_bytes": v5,
        "maximum_websocket_backfill": v6,
        "messaging_broker": v7,
        "messaging_cache": v8,
        "proactive_granularity": v9,
        "related_resource_cache_ttl": v10,
        "retention_period": v11,
        "stream_out_enabled": v12,
        "websocket_backfill_page_size": v13,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerEventsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
