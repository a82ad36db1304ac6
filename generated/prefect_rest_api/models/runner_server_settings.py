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


_values = RunnerServerSettings._values_


def _dump_json(self: RunnerServerSettings) -> dict[str, Any]:
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
        v3,
        v4,
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
    if isinstance(v2, _Enum):
        v2 = v2._value_
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "enable": v0,
        "host": v1,
        "log_level": v2,
        "missed_polls_tolerance": v3,
        "port": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


RunnerServerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
