from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerServicesTaskRunRecorderSettings(_t.Model):
    """Settings for controlling the task run recorder service

    Attributes:
        batch_size (int | Unset): The number of task runs the task run recorder will attempt to
            insert in one batch. Default: 1.
        enabled (bool | Unset): Whether or not to start the task run recorder service in the server
            application. Default: True.
        flush_interval (float | Unset): The maximum number of seconds between flushes of the task
            run recorder. Default: 5.0.
        read_batch_size (int | Unset): The number of task runs the task run recorder will attempt to
            read from the message broker in one batch. Default: 1.
    """

    batch_size: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    flush_interval: float | Unset = UNSET
    read_batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesTaskRunRecorderSettings,
    _t.Field("batch_size", "batch_size", _t.INT, False, default=1),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field("flush_interval", "flush_interval", _t.FLOAT, False, default=5),
    _t.Field("read_batch_size", "read_batch_size", _t.INT, False, default=1),
)


def _decode(self: ServerServicesTaskRunRecorderSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "batch_size", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("flush_interval", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "flush_interval", v)
    v = get("read_batch_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "read_batch_size", v)


ServerServicesTaskRunRecorderSettings._fast_ = _decode


def _dump_json(self: ServerServicesTaskRunRecorderSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
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
    v = self.flush_interval
    if v.__class__ in _PLAIN:
        out["flush_interval"] = v
    elif v is not UNSET:
        out["flush_interval"] = _dj(v)
    v = self.read_batch_size
    if v.__class__ in _PLAIN:
        out["read_batch_size"] = v
    elif v is not UNSET:
        out["read_batch_size"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesTaskRunRecorderSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
