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


def _dump_json(self: ServerEventsSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.causal_ordering
    if v.__class__ in _PLAIN:
        out["causal_ordering"] = v
    elif v is not UNSET:
        out["causal_ordering"] = _dj(v)
    v = self.expired_bucket_buffer
    if v.__class__ in _PLAIN:
        out["expired_bucket_buffer"] = v
    elif v is not UNSET:
        out["expired_bucket_buffer"] = _dj(v)
    v = self.maximum_event_name_length
    if v.__class__ in _PLAIN:
        out["maximum_event_name_length"] = v
    elif v is not UNSET:
        out["maximum_event_name_length"] = _dj(v)
    v = self.maximum_labels_per_resource
    if v.__class__ in _PLAIN:
        out["maximum_labels_per_resource"] = v
    elif v is not UNSET:
        out["maximum_labels_per_resource"] = _dj(v)
    v = self.maximum_related_resources
    if v.__class__ in _PLAIN:
        out["maximum_related_resources"] = v
    elif v is not UNSET:
        out["maximum_related_resources"] = _dj(v)
    v = self.maximum_size_bytes
    if v.__class__ in _PLAIN:
        out["maximum_size_bytes"] = v
    elif v is not UNSET:
        out["maximum_size_bytes"] = _dj(v)
    v = self.maximum_websocket_backfill
    if v.__class__ in _PLAIN:
        out["maximum_websocket_backfill"] = v
    elif v is not UNSET:
        out["maximum_websocket_backfill"] = _dj(v)
    v = self.messaging_broker
    if v.__class__ in _PLAIN:
        out["messaging_broker"] = v
    elif v is not UNSET:
        out["messaging_broker"] = _dj(v)
    v = self.messaging_cache
    if v.__class__ in _PLAIN:
        out["messaging_cache"] = v
    elif v is not UNSET:
        out["messaging_cache"] = _dj(v)
    v = self.proactive_granularity
    if v.__class__ in _PLAIN:
        out["proactive_granularity"] = v
    elif v is not UNSET:
        out["proactive_granularity"] = _dj(v)
    v = self.related_resource_cache_ttl
    if v.__class__ in _PLAIN:
        out["related_resource_cache_ttl"] = v
    elif v is not UNSET:
        out["related_resource_cache_ttl"] = _dj(v)
    v = self.retention_period
    if v.__class__ in _PLAIN:
        out["retention_period"] = v
    elif v is not UNSET:
        out["retention_period"] = _dj(v)
    v = self.stream_out_enabled
    if v.__class__ in _PLAIN:
        out["stream_out_enabled"] = v
    elif v is not UNSET:
        out["stream_out_enabled"] = _dj(v)
    v = self.websocket_backfill_page_size
    if v.__class__ in _PLAIN:
        out["websocket_backfill_page_size"] = v
    elif v is not UNSET:
        out["websocket_backfill_page_size"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerEventsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
