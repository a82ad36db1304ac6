from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class TelemetrySettings(_t.Model):
    """Settings for configuring Prefect telemetry

    Attributes:
        enable_resource_metrics (bool | Unset): Whether to enable OS-level resource metric
            collection in flow run subprocesses. Default: True.
        resource_metrics_interval_seconds (int | Unset): Interval in seconds between resource metric
            collections. Default: 10.
    """

    enable_resource_metrics: bool | Unset = UNSET
    resource_metrics_interval_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TelemetrySettings,
    _t.Field("enable_resource_metrics", "enable_resource_metrics", _t.BOOL, False, default=True),
    _t.Field(
        "resource_metrics_interval_seconds",
        "resource_metrics_interval_seconds",
        _t.INT,
        False,
        default=10,
    ),
)


def _decode(self: TelemetrySettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("enable_resource_metrics", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enable_resource_metrics", v)
    v = get("resource_metrics_interval_seconds", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "resource_metrics_interval_seconds", v)


TelemetrySettings._fast_ = _decode
