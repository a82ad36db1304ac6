from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class TaskRunPolicy(_t.Model):
    """Defines of how a task run should retry.

    Attributes:
        max_retries (int | Unset): The maximum number of retries. Field is not used. Please use
            `retries` instead. Default: 0.
        retries (int | None | Unset): The number of retries.
        retry_delay (int | float | list[int] | list[float] | None | Unset): A delay time or list of
            delay times between retries, in seconds.
        retry_delay_seconds (float | Unset): The delay between retries. Field is not used. Please
            use `retry_delay` instead. Default: 0.0.
        retry_jitter_factor (float | None | Unset): Determines the amount a retry should jitter
    """

    max_retries: int | Unset = UNSET
    retries: int | None | Unset = UNSET
    retry_delay: int | float | list[int] | list[float] | None | Unset = UNSET
    retry_delay_seconds: float | Unset = UNSET
    retry_jitter_factor: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunPolicy,
    _t.Field("max_retries", "max_retries", _t.INT, False, default=0),
    _t.Field("retries", "retries", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field(
        "retry_delay",
        "retry_delay",
        _t.union(_t.INT, _t.FLOAT, _t.list_of(_t.INT), _t.list_of(_t.FLOAT), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("retry_delay_seconds", "retry_delay_seconds", _t.FLOAT, False, default=0),
    _t.Field(
        "retry_jitter_factor",
        "retry_jitter_factor",
        _t.union(_t.FLOAT, _t.NONE),
        False,
        default=None,
    ),
)

_d2 = TaskRunPolicy._fields_[2].decode


def _decode(self: TaskRunPolicy, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("max_retries", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_retries", v)
    v = get("retries", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "retries", v)
    v = get("retry_delay", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "retry_delay", v)
    v = get("retry_delay_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "retry_delay_seconds", v)
    v = get("retry_jitter_factor", UNSET)
    if v is not UNSET and v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "retry_jitter_factor", v)


TaskRunPolicy._fast_ = _decode


def _dump_json(self: TaskRunPolicy) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.max_retries
    if v.__class__ in _PLAIN:
        out["max_retries"] = v
    elif v is not UNSET:
        out["max_retries"] = _dj(v)
    v = self.retries
    if v.__class__ in _PLAIN:
        out["retries"] = v
    elif v is not UNSET:
        out["retries"] = _dj(v)
    v = self.retry_delay
    if v.__class__ in _PLAIN:
        out["retry_delay"] = v
    elif v is not UNSET:
        out["retry_delay"] = _dj(v)
    v = self.retry_delay_seconds
    if v.__class__ in _PLAIN:
        out["retry_delay_seconds"] = v
    elif v is not UNSET:
        out["retry_delay_seconds"] = _dj(v)
    v = self.retry_jitter_factor
    if v.__class__ in _PLAIN:
        out["retry_jitter_factor"] = v
    elif v is not UNSET:
        out["retry_jitter_factor"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunPolicy._dump_json = _dump_json  # type: ignore[method-assign,assignment]
