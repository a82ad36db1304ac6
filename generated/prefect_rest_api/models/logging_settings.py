from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.logging_settings_level import LoggingSettingsLevel
    from ..models.logging_to_api_settings import LoggingToAPISettings


@_attrs_define(kw_only=True)
class LoggingSettings(_t.Model):
    """Settings for controlling logging behavior

    Attributes:
        colors (bool | Unset): If `True`, use colors in CLI output. If `False`, output will not
            include colors codes. Default: True.
        config_path (str | Unset): A path to a logging configuration file. Defaults to
            $PREFECT_HOME/logging.yml
        extra_loggers (str | list[str] | None | Unset): Additional loggers to attach to Prefect
            logging at runtime.
        level (LoggingSettingsLevel | Unset): The default logging level for Prefect loggers.
            Default: LoggingSettingsLevel.INFO.
        log_prints (bool | Unset): If `True`, `print` statements in flows and tasks will be
            redirected to the Prefect logger for the given run. Default: False.
        markup (bool | Unset):
                    Whether to interpret strings wrapped in square brackets as a style.
                    This allows styles to be conveniently added to log messages, e.g.
                    `[red]This is a red message.[/red]`. However, the downside is, if enabled,
                    strings that contain square brackets may be inaccurately interpreted and
                    lead to incomplete output, e.g.
                    `[red]This is a red message.[/red]` may be interpreted as
                    `[red]This is a red message.[/red]`.
                     Default: False.
        to_api (LoggingToAPISettings | Unset): Settings for controlling logging to the API
    """

    colors: bool | Unset = UNSET
    config_path: str | Unset = UNSET
    extra_loggers: str | list[str] | None | Unset = UNSET
    level: LoggingSettingsLevel | Unset = UNSET
    log_prints: bool | Unset = UNSET
    markup: bool | Unset = UNSET
    to_api: LoggingToAPISettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    LoggingSettings,
    _t.Field("colors", "colors", _t.BOOL, False, default=True),
    _t.Field("config_path", "config_path", _t.STR, False),
    _t.Field(
        "extra_loggers",
        "extra_loggers",
        _t.union(_t.STR, _t.list_of(_t.STR), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "level",
        "level",
        _t.enum_of("logging_settings_level", "LoggingSettingsLevel"),
        False,
        default="INFO",
    ),
    _t.Field("log_prints", "log_prints", _t.BOOL, False, default=False),
    _t.Field("markup", "markup", _t.BOOL, False, default=False),
    _t.Field(
        "to_api", "to_api", _t.model("logging_to_api_settings", "LoggingToAPISettings"), False
    ),
)

_d2 = LoggingSettings._fields_[2].decode
_d3 = LoggingSettings._fields_[3].decode
_d6 = LoggingSettings._fields_[6].decode


def _decode(self: LoggingSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("colors", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "colors", v)
    v = get("config_path", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "config_path", v)
    v = get("extra_loggers", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "extra_loggers", v)
    v = get("level", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "level", v)
    v = get("log_prints", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "log_prints", v)
    v = get("markup", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "markup", v)
    v = get("to_api", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "to_api", v)


LoggingSettings._fast_ = _decode


def _dump_json(self: LoggingSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.colors
    if v.__class__ in _PLAIN:
        out["colors"] = v
    elif v is not UNSET:
        out["colors"] = _dj(v)
    v = self.config_path
    if v.__class__ in _PLAIN:
        out["config_path"] = v
    elif v is not UNSET:
        out["config_path"] = _dj(v)
    v = self.extra_loggers
    if v.__class__ in _PLAIN:
        out["extra_loggers"] = v
    elif v is not UNSET:
        out["extra_loggers"] = _dj(v)
    v = self.level
    if isinstance(v, _Enum):
        out["level"] = v._value_
    elif v.__class__ in _PLAIN:
        out["level"] = v
    elif v is not UNSET:
        out["level"] = _dj(v)
    v = self.log_prints
    if v.__class__ in _PLAIN:
        out["log_prints"] = v
    elif v is not UNSET:
        out["log_prints"] = _dj(v)
    v = self.markup
    if v.__class__ in _PLAIN:
        out["markup"] = v
    elif v is not UNSET:
        out["markup"] = _dj(v)
    v = self.to_api
    if isinstance(v, _t.Model):
        out["to_api"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["to_api"] = v
    elif v is not UNSET:
        out["to_api"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


LoggingSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
