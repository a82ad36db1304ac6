from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.worker_webserver_settings import WorkerWebserverSettings


@_attrs_define(kw_only=True)
class WorkerSettings(_t.Model):
    """WorkerSettings

    Attributes:
        cancellation_poll_seconds (float | Unset): Number of seconds between polls for cancelling
            flow runs. Used as a fallback when the WebSocket connection for real-time cancellation
            events is unavailable. Default: 120.0.
        debug_mode (bool | Unset): If True, enables debug mode for the worker only. Unlike
            PREFECT_DEBUG_MODE, this setting does not propagate to flow runs executed by the worker.
            Default: False.
        enable_cancellation (bool | Unset): Enable worker-side flow run cancellation for pending
            flow runs. When enabled, the worker will terminate infrastructure for flow runs that are
            cancelled while still in PENDING state (before the runner starts). Default: False.
        heartbeat_seconds (float | Unset): Number of seconds a worker should wait between sending a
            heartbeat. Default: 30.0.
        prefetch_seconds (float | Unset): The number of seconds into the future a worker should
            query for scheduled work. Default: 10.0.
        query_seconds (float | Unset): Number of seconds a worker should wait between queries for
            scheduled work. Default: 10.0.
        webserver (WorkerWebserverSettings | Unset):
    """

    cancellation_poll_seconds: float | Unset = UNSET
    debug_mode: bool | Unset = UNSET
    enable_cancellation: bool | Unset = UNSET
    heartbeat_seconds: float | Unset = UNSET
    prefetch_seconds: float | Unset = UNSET
    query_seconds: float | Unset = UNSET
    webserver: WorkerWebserverSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerSettings,
    _t.Field(
        "cancellation_poll_seconds", "cancellation_poll_seconds", _t.FLOAT, False, default=120
    ),
    _t.Field("debug_mode", "debug_mode", _t.BOOL, False, default=False),
    _t.Field("enable_cancellation", "enable_cancellation", _t.BOOL, False, default=False),
    _t.Field("heartbeat_seconds", "heartbeat_seconds", _t.FLOAT, False, default=30),
    _t.Field("prefetch_seconds", "prefetch_seconds", _t.FLOAT, False, default=10),
    _t.Field("query_seconds", "query_seconds", _t.FLOAT, False, default=10),
    _t.Field(
        "webserver",
        "webserver",
        _t.model("worker_webserver_settings", "WorkerWebserverSettings"),
        False,
    ),
)

_d6 = WorkerSettings._fields_[6].decode


def _decode(self: WorkerSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("cancellation_poll_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "cancellation_poll_seconds", v)
    v = get("debug_mode", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "debug_mode", v)
    v = get("enable_cancellation", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enable_cancellation", v)
    v = get("heartbeat_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "heartbeat_seconds", v)
    v = get("prefetch_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "prefetch_seconds", v)
    v = get("query_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "query_seconds", v)
    v = get("webserver", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "webserver", v)


WorkerSettings._fast_ = _decode


def _dump_json(self: WorkerSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.cancellation_poll_seconds
    if v.__class__ in _PLAIN:
        out["cancellation_poll_seconds"] = v
    elif v is not UNSET:
        out["cancellation_poll_seconds"] = _dj(v)
    v = self.debug_mode
    if v.__class__ in _PLAIN:
        out["debug_mode"] = v
    elif v is not UNSET:
        out["debug_mode"] = _dj(v)
    v = self.enable_cancellation
    if v.__class__ in _PLAIN:
        out["enable_cancellation"] = v
    elif v is not UNSET:
        out["enable_cancellation"] = _dj(v)
    v = self.heartbeat_seconds
    if v.__class__ in _PLAIN:
        out["heartbeat_seconds"] = v
    elif v is not UNSET:
        out["heartbeat_seconds"] = _dj(v)
    v = self.prefetch_seconds
    if v.__class__ in _PLAIN:
        out["prefetch_seconds"] = v
    elif v is not UNSET:
        out["prefetch_seconds"] = _dj(v)
    v = self.query_seconds
    if v.__class__ in _PLAIN:
        out["query_seconds"] = v
    elif v is not UNSET:
        out["query_seconds"] = _dj(v)
    v = self.webserver
    if isinstance(v, _t.Model):
        out["webserver"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["webserver"] = v
    elif v is not UNSET:
        out["webserver"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
