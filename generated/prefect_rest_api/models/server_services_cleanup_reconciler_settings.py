from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerServicesCleanupReconcilerSettings(_t.Model):
    """Settings for controlling the cleanup reconciler service.

    Attributes:
        batch_size (int | Unset): The maximum number of expired cleanup message leases to process
            per service loop. Defaults to `100`. Default: 100.
        enabled (bool | Unset): Whether or not to start the cleanup reconciler service in the server
            application. Default: True.
        loop_seconds (float | Unset): The cleanup reconciler service will look for expired cleanup
            message leases this often. Defaults to `5`. Default: 5.0.
    """

    batch_size: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    loop_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesCleanupReconcilerSettings,
    _t.Field("batch_size", "batch_size", _t.INT, False, default=100),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field("loop_seconds", "loop_seconds", _t.FLOAT, False, default=5),
)


def _decode(self: ServerServicesCleanupReconcilerSettings, raw: dict[str, Any]) -> None:
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
    v = get("loop_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "loop_seconds", v)


ServerServicesCleanupReconcilerSettings._fast_ = _decode


def _dump_json(self: ServerServicesCleanupReconcilerSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.batch_size
    if v.__class__ in _PLAIN:
        out["batch_size"] = v
    elif v is not UNSET:
        out["batch_size"] = _dj(v)
    v = self.enabled
    if v.__class__ in _PLAIN:
        out["enabled"] = v
    elif v is not UNSET:
        out["enabled"] = _dj(v)
    v = self.loop_seconds
    if v.__class__ in _PLAIN:
        out["loop_seconds"] = v
    elif v is not UNSET:
        out["loop_seconds"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesCleanupReconcilerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
