from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerEphemeralSettings(_t.Model):
    """Settings for controlling ephemeral server behavior

    Attributes:
        enabled (bool | Unset):
                    Controls whether or not a subprocess server can be started when no API URL is
            provided.
                     Default: False.
        startup_timeout_seconds (int | Unset):
                    The number of seconds to wait for the server to start when ephemeral mode is
            enabled.
                    Defaults to `20`.
                     Default: 20.
    """

    enabled: bool | Unset = UNSET
    startup_timeout_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerEphemeralSettings,
    _t.Field("enabled", "enabled", _t.BOOL, False, default=False),
    _t.Field("startup_timeout_seconds", "startup_timeout_seconds", _t.INT, False, default=20),
)


def _decode(self: ServerEphemeralSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("startup_timeout_seconds", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "startup_timeout_seconds", v)


ServerEphemeralSettings._fast_ = _decode


_values = ServerEphemeralSettings._values_


def _dump_json(self: ServerEphemeralSettings) -> dict[str, Any]:
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
        "startup_timeout_seconds": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerEphemeralSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
