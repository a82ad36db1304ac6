from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerConcurrencySettings(_t.Model):
    """ServerConcurrencySettings

    Attributes:
        initial_deployment_lease_duration (float | Unset): Initial duration for deployment
            concurrency lease in seconds. Default: 300.0.
        lease_storage (str | Unset): The module to use for storing concurrency limit leases.
            Default: 'prefect.server.concurrency.lease_storage.memory'.
        maximum_concurrency_slot_wait_seconds (float | Unset): The maximum number of seconds to wait
            before retrying when a concurrency slot cannot be acquired. Default: 30.0.
    """

    initial_deployment_lease_duration: float | Unset = UNSET
    lease_storage: str | Unset = UNSET
    maximum_concurrency_slot_wait_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerConcurrencySettings,
    _t.Field(
        "initial_deployment_lease_duration",
        "initial_deployment_lease_duration",
        _t.FLOAT,
        False,
        default=300.0,
    ),
    _t.Field(
        "lease_storage",
        "lease_storage",
        _t.STR,
        False,
        default="prefect.server.concurrency.lease_storage.memory",
    ),
    _t.Field(
        "maximum_concurrency_slot_wait_seconds",
        "maximum_concurrency_slot_wait_seconds",
        _t.FLOAT,
        False,
        default=30,
    ),
)


def _decode(self: ServerConcurrencySettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("initial_deployment_lease_duration", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "initial_deployment_lease_duration", v)
    v = get("lease_storage", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "lease_storage", v)
    v = get("maximum_concurrency_slot_wait_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "maximum_concurrency_slot_wait_seconds", v)


ServerConcurrencySettings._fast_ = _decode


_values = ServerConcurrencySettings._values_


def _dump_json(self: ServerConcurrencySettings) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "initial_deployment_lease_duration": v0,
        "lease_storage": v1,
        "maximum_concurrency_slot_wait_seconds": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerConcurrencySettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
