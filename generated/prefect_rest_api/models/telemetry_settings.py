from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


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


def _dump_json(self: TelemetrySettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.enable_resource_metrics
    if v.__class__ in _PLAIN:
        out["enable_resource_metrics"] = v
    elif v is not UNSET:
        out["enable_resource_metrics"] = _dj(v)
    v = self.resource_metrics_interval_seconds
    if v.__class__ in _PLAIN:
        out["resource_metrics_interval_seconds"] = v
    elif v is not UNSET:
        out["resource_metrics_interval_seconds"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TelemetrySettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
