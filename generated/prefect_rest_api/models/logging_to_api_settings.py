from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.logging_to_api_settings_when_missing_flow import (
        LoggingToAPISettingsWhenMissingFlow,
    )


@_attrs_define(kw_only=True)
class LoggingToAPISettings(_t.Model):
    """Settings for controlling logging to the API

    Attributes:
        batch_interval (float | Unset): The number of seconds between batched writes of logs to the
            API. Default: 2.0.
        batch_size (int | Unset): The number of logs to batch before sending to the API. Default:
            4000000.
        enabled (bool | Unset): If `True`, logs will be sent to the API. Default: True.
        max_log_size (int | Unset): The maximum size in characters for a single log. When connected
            to Prefect Cloud, this value is capped at `PREFECT_CLOUD_MAX_LOG_SIZE` (default 25,000).
            Default: 1000000.
        when_missing_flow (LoggingToAPISettingsWhenMissingFlow | Unset):
                    Controls the behavior when loggers attempt to send logs to the API handler from
            outside of a flow.

                    All logs sent to the API must be associated with a flow run. The API log handler can
                    only be used outside of a flow by manually providing a flow run identifier. Logs
                    that are not associated with a flow run will not be sent to the API. This setting
            can
                    be used to determine if a warning or error is displayed when the identifier is
            missing.

                    The following options are available:

                    - "warn": Log a warning message.
                    - "error": Raise an error.
                    - "ignore": Do not log a warning message or raise an error.
                     Default: LoggingToAPISettingsWhenMissingFlow.WARN.
    """

    batch_interval: float | Unset = UNSET
    batch_size: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    max_log_size: int | Unset = UNSET
    when_missing_flow: LoggingToAPISettingsWhenMissingFlow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    LoggingToAPISettings,
    _t.Field("batch_interval", "batch_interval", _t.FLOAT, False, default=2.0),
    _t.Field("batch_size", "batch_size", _t.INT, False, default=4000000),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field("max_log_size", "max_log_size", _t.INT, False, default=1000000),
    _t.Field(
        "when_missing_flow",
        "when_missing_flow",
        _t.enum_of(
            "logging_to_api_settings_when_missing_flow", "LoggingToAPISettingsWhenMissingFlow"
        ),
        False,
        default="warn",
    ),
)

_d4 = LoggingToAPISettings._fields_[4].decode


def _decode(self: LoggingToAPISettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("batch_interval", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "batch_interval", v)
    v = get("batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "batch_size", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("max_log_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_log_size", v)
    v = get("when_missing_flow", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "when_missing_flow", v)


LoggingToAPISettings._fast_ = _decode


def _dump_json(self: LoggingToAPISettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.batch_interval
    if v.__class__ in _PLAIN:
        out["batch_interval"] = v
    elif v is not UNSET:
        out["batch_interval"] = _dj(v)
    v = self.batch_size
    if v.__class__ in _PLAIN:
        out["batch_size"] = v
    elif v is not UNSET:
        out["batch_size"] = _dj(v)
    v = self.enabled
    if v.__class__ in _PLAIN:
        out["enabled"] = v
    elif v is not UNSET:
        out["enabled"] = _dj(v)
    v = self.max_log_size
    if v.__class__ in _PLAIN:
        out["max_log_size"] = v
    elif v is not UNSET:
        out["max_log_size"] = _dj(v)
    v = self.when_missing_flow
    if isinstance(v, _Enum):
        out["when_missing_flow"] = v._value_
    elif v.__class__ in _PLAIN:
        out["when_missing_flow"] = v
    elif v is not UNSET:
        out["when_missing_flow"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


LoggingToAPISettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
