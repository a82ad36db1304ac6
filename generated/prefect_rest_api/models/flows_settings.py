from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class FlowsSettings(_t.Model):
    """Settings for controlling flow behavior

    Attributes:
        default_retries (int | Unset): This value sets the default number of retries for all flows.
            Default: 0.
        default_retry_delay_seconds (int | float | list[float] | Unset): This value sets the default
            retry delay seconds for all flows. Default: 0.
        heartbeat_frequency (int | None | Unset): Number of seconds between flow run heartbeats.
            Heartbeats are used to detect crashed flow runs. Default: 180.
    """

    default_retries: int | Unset = UNSET
    default_retry_delay_seconds: int | float | list[float] | Unset = UNSET
    heartbeat_frequency: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowsSettings,
    _t.Field("default_retries", "default_retries", _t.INT, False, default=0),
    _t.Field(
        "default_retry_delay_seconds",
        "default_retry_delay_seconds",
        _t.union(_t.INT, _t.FLOAT, _t.list_of(_t.FLOAT)),
        False,
        default=0,
    ),
    _t.Field(
        "heartbeat_frequency", "heartbeat_frequency", _t.union(_t.INT, _t.NONE), False, default=180
    ),
)

_d1 = FlowsSettings._fields_[1].decode


def _decode(self: FlowsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("default_retries", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "default_retries", v)
    v = get("default_retry_delay_seconds", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "default_retry_delay_seconds", v)
    v = get("heartbeat_frequency", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "heartbeat_frequency", v)


FlowsSettings._fast_ = _decode


def _dump_json(self: FlowsSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.default_retries
    if v.__class__ in _PLAIN:
        out["default_retries"] = v
    elif v is not UNSET:
        out["default_retries"] = _dj(v)
    v = self.default_retry_delay_seconds
    if v.__class__ in _PLAIN:
        out["default_retry_delay_seconds"] = v
    elif v is not UNSET:
        out["default_retry_delay_seconds"] = _dj(v)
    v = self.heartbeat_frequency
    if v.__class__ in _PLAIN:
        out["heartbeat_frequency"] = v
    elif v is not UNSET:
        out["heartbeat_frequency"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
