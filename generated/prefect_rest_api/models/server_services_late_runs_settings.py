from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


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
        v = _td(seconds=v) if v.__class__ is float else _d0(v)
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


_values = ServerServicesLateRunsSettings._values_


def _dump_json(self: ServerServicesLateRunsSettings) -> dict[str, Any]:
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
    if v0.__class__ is _td:
        v0 = v0.total_seconds()
    elif v0 is not None and v0.__class__ not in _PLAIN:
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
        "after_seconds": v0,
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


ServerServicesLateRunsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
