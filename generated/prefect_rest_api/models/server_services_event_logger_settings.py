from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class ServerServicesEventLoggerSettings(_t.Model):
    """Settings for controlling the event logger service

    Attributes:
        enabled (bool | Unset): Whether or not to start the event logger service in the server
            application. Default: False.
    """

    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesEventLoggerSettings,
    _t.Field("enabled", "enabled", _t.BOOL, False, default=False),
)


def _decode(self: ServerServicesEventLoggerSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)


ServerServicesEventLoggerSettings._fast_ = _decode
