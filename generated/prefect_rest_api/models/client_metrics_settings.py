from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ClientMetricsSettings(_t.Model):
    """Settings for controlling metrics reporting from the client

    Attributes:
        enabled (bool | Unset): Whether or not to enable Prometheus metrics in the client. Default:
            False.
        port (int | Unset): The port to expose the client Prometheus metrics on. Default: 4201.
    """

    enabled: bool | Unset = UNSET
    port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ClientMetricsSettings,
    _t.Field("enabled", "enabled", _t.BOOL, False, default=False),
    _t.Field("port", "port", _t.INT, False, default=4201),
)


def _decode(self: ClientMetricsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("port", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "port", v)


ClientMetricsSettings._fast_ = _decode


_values = ClientMetricsSettings._values_


def _dump_json(self: ClientMetricsSettings) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "enabled": v0,
        "port": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ClientMetricsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
