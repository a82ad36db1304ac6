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


_values = LoggingToAPISettings._values_


def _dump_json(self: LoggingToAPISettings) -> dict[str, Any]:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _Enum):
        v4 = v4._value_
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "batch_interval": v0,
        "batch_size": v1,
        "enabled": v2,
        "max_log_size": v3,
        "when_missing_flow": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


LoggingToAPISettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
