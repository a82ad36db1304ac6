from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerWorkerChannelSettings(_t.Model):
    """Settings for server-side worker channel storage and delivery policy.

    Attributes:
        cleanup_completed_idempotency_retention_seconds (float | None | Unset): How long completed
            cleanup idempotency records are retained after acknowledgement. None keeps them for the
            lifetime of the current server process. The in-memory backend does not survive restart; use
            external storage for high availability or restart-safe cleanup idempotency.
        cleanup_lease_seconds (float | Unset): The default cleanup message reservation lease
            duration in seconds. Default: 30.0.
        cleanup_max_delivery_attempts (int | Unset): The maximum number of committed cleanup
            reservations before a message is moved to the dead-letter queue. Default: 3.
        cleanup_queue_storage (str | Unset): The module to use for storing worker cleanup delivery
            messages. The default in-memory backend stores messages, leases, wakeups, and dead-letter
            entries only in the current server process; use an external storage module for high
            availability or restart-safe cleanup delivery. Default:
            'prefect.server.worker_communication.cleanup_queue.memory'.
    """

    cleanup_completed_idempotency_retention_seconds: float | None | Unset = UNSET
    cleanup_lease_seconds: float | Unset = UNSET
    cleanup_max_delivery_attempts: int | Unset = UNSET
    cleanup_queue_storage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerWorkerChannelSettings,
    _t.Field(
        "cleanup_completed_idempotency_retention_seconds",
        "cleanup_completed_idempotency_retention_seconds",
        _t.union(_t.FLOAT, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("cleanup_lease_seconds", "cleanup_lease_seconds", _t.FLOAT, False, default=30.0),
    _t.Field(
        "cleanup_max_delivery_attempts", "cleanup_max_delivery_attempts", _t.INT, False, default=3
    ),
    _t.Field(
        "cleanup_queue_storage",
        "cleanup_queue_storage",
        _t.STR,
        False,
        default="prefect.server.worker_communication.cleanup_queue.memory",
    ),
)


def _decode(self: ServerWorkerChannelSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("cleanup_completed_idempotency_retention_seconds", UNSET)
    if v is not UNSET and v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "cleanup_completed_idempotency_retention_seconds", v)
    v = get("cleanup_lease_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "cleanup_lease_seconds", v)
    v = get("cleanup_max_delivery_attempts", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "cleanup_max_delivery_attempts", v)
    v = get("cleanup_queue_storage", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "cleanup_queue_storage", v)


ServerWorkerChannelSettings._fast_ = _decode


_values = ServerWorkerChannelSettings._values_


def _dump_json(self: ServerWorkerChannelSettings) -> dict[str, Any]:
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
        "cleanup_completed_idempotency_retention_seconds": v0,
        "cleanup_lease_seconds": v1,
        "cleanup_max_delivery_attempts": v2,
        "cleanup_queue_storage": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerWorkerChannelSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
