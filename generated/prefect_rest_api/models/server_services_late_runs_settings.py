from __future__ import annotations

import datetime as _dt
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class ServerServicesLateRunsSettings(_t.Model):
    """Settings for controlling the late runs service

    Attributes:
        after_seconds (_dt.timedelta | Unset):
                    The late runs service will mark runs as late after they have exceeded their
            scheduled start time by this many seconds. Defaults to `5` seconds.
                     Default: 'PT15S'.
        enabled (bool | Unset): Whether or not to start the late runs service in the server
            application. Default: True.
        loop_seconds (float | Unset):
                    The late runs service will look for runs to mark as late this often. Defaults to
            `5`.
                     Default: 5.0.
    """

    after_seconds: _dt.timedelta | Unset = UNSET
    enabled: bool | Unset = UNSET
    loop_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesLateRunsSettings,
    _t.Field("after_seconds", "after_seconds", _t.DURATION, False, default="PT15S"),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field("loop_seconds", "loop_seconds", _t.FLOAT, False, default=5),
)

_d0 = ServerServicesLateRunsSettings._fields_[0].decode


def _decode(self: ServerServicesLateRunsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("after_seconds", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "after_seconds", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("loop_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "loop_seconds", v)


ServerServicesLateRunsSettings._fast_ = _decode
