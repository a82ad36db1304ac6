from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CloudSettings,
    _t.Field("api_url", "api_url", _t.STR, False, default="https://api.prefect.cloud/api"),
    _t.Field(
        "enable_orchestration_telemetry",
        "enable_orchestration_telemetry",
        _t.BOOL,
        False,
        default=True,
    ),
    _t.Field("max_log_size", "max_log_size", _t.INT, False, default=25000),
    _t.Field("ui_url", "ui_url", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: CloudSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("api_url", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "api_url", v)
    v = get("enable_orchestration_telemetry", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enable_orchestration_telemetry", v)
    v = get("max_log_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_log_size", v)
    v = get("ui_url", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "ui_url", v)


CloudSettings._fast_ = _decode


_values = CloudSettings._values_


def _dump_json(self: CloudSettings) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "api_url": v0,
        "enable_orchestration_telemetry": v1,
        "max_log_size": v2,
        "ui_url": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CloudSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
