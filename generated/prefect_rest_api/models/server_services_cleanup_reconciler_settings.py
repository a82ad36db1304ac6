from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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
