from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class CloudSettings(_t.Model):
    """Settings for interacting with Prefect Cloud

    Attributes:
        api_url (str | Unset): API URL for Prefect Cloud. Used for authentication with Prefect
            Cloud. Default: 'https://api.prefect.cloud/api'.
        enable_orchestration_telemetry (bool | Unset): Whether or not to enable orchestration
            telemetry. Default: True.
        max_log_size (int | Unset): Maximum size in characters for a single log when sending logs to
            Prefect Cloud. Default: 25000.
        ui_url (str | None | Unset): The URL of the Prefect Cloud UI. If not set, the client will
            attempt to infer it.
    """

    api_url: str | Unset = UNSET
    enable_orchestration_telemetry: bool | Unset = UNSET
    max_log_size: int | Unset = UNSET
    ui_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    CloudSettings,
    _t.Field("api_url", "api_url", _t.STR, False),
    _t.Field("enable_orchestration_telemetry", "enable_orchestration_telemetry", _t.BOOL, False),
    _t.Field("max_log_size", "max_log_size", _t.INT, False),
    _t.Field("ui_url", "ui_url", _t.union(_t.STR, _t.NONE), False),
)
