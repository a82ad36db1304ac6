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


_values = ServerServicesCleanupReconcilerSettings._values_


def _dump_json(self: ServerServicesCleanupReconcilerSettings) -> dict[str, Any]:
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
        "batch_size": v0,
        "enabled": v1,
        "loop_seconds": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesCleanupReconcilerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
