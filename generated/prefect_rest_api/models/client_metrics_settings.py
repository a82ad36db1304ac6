from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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
