from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.runner_server_settings_log_level import RunnerServerSettingsLogLevel


@_attrs_define(kw_only=True)
class RunnerServerSettings(_t.Model):
    """Settings for controlling runner server behavior

    Attributes:
        enable (bool | Unset): Whether or not to enable the runner's webserver. Default: False.
        host (str | Unset): The host address the runner's webserver should bind to. Default:
            'localhost'.
        log_level (RunnerServerSettingsLogLevel | Unset): The log level of the runner's webserver.
            Default: RunnerServerSettingsLogLevel.ERROR.
        missed_polls_tolerance (int | Unset): Number of missed polls before a runner is considered
            unhealthy by its webserver. Default: 2.
        port (int | Unset): The port the runner's webserver should bind to. Default: 8080.
    """

    enable: bool | Unset = UNSET
    host: str | Unset = UNSET
    log_level: RunnerServerSettingsLogLevel | Unset = UNSET
    missed_polls_tolerance: int | Unset = UNSET
    port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    RunnerServerSettings,
    _t.Field("enable", "enable", _t.BOOL, False, default=False),
    _t.Field("host", "host", _t.STR, False, default="localhost"),
    _t.Field(
        "log_level",
        "log_level",
        _t.enum_of("runner_server_settings_log_level", "RunnerServerSettingsLogLevel"),
        False,
        default="ERROR",
    ),
    _t.Field("missed_polls_tolerance", "missed_polls_tolerance", _t.INT, False, default=2),
    _t.Field("port", "port", _t.INT, False, default=8080),
)

_d2 = RunnerServerSettings._fields_[2].decode


def _decode(self: RunnerServerSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("enable", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enable", v)
    v = get("host", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "host", v)
    v = get("log_level", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "log_level", v)
    v = get("missed_polls_tolerance", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "missed_polls_tolerance", v)
    v = get("port", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "port", v)


RunnerServerSettings._fast_ = _decode


def _dump_json(self: RunnerServerSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.enable
    if v.__class__ in _PLAIN:
        out["enable"] = v
    elif v is not UNSET:
        out["enable"] = _dj(v)
    v = self.host
    if v.__class__ in _PLAIN:
        out["host"] = v
    elif v is not UNSET:
        out["host"] = _dj(v)
    v = self.log_level
    if isinstance(v, _Enum):
        out["log_level"] = v._value_
    elif v.__class__ in _PLAIN:
        out["log_level"] = v
    elif v is not UNSET:
        out["log_level"] = _dj(v)
    v = self.missed_polls_tolerance
    if v.__class__ in _PLAIN:
        out["missed_polls_tolerance"] = v
    elif v is not UNSET:
        out["missed_polls_tolerance"] = _dj(v)
    v = self.port
    if v.__class__ in _PLAIN:
        out["port"] = v
    elif v is not UNSET:
        out["port"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


RunnerServerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
