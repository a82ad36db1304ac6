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


_values = WorkerSettings._values_


def _dump_json(self: WorkerSettings) -> dict[str, Any]:
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
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "cancellation_poll_seconds": v0,
        "debug_mode": v1,
        "enable_cancellation": v2,
        "heartbeat_seconds": v3,
        "prefetch_seconds": v4,
        "query_seconds": v5,
        "webserver": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
