from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

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
