from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = LoggingSettings._values_


def _dump_json(self: LoggingSettings) -> dict[str, Any]:
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
        v5,
        v6,
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
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _Enum):
        v3 = v3._value_
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "colors": v0,
        "config_path": v1,
        "extra_loggers": v2,
        "level": v3,
        "log_prints": v4,
        "markup": v5,
        "to_api": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


LoggingSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
