from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_policy_retry_type_type_0 import FlowRunPolicyRetryTypeType0


@_attrs_define(kw_only=True)
class FlowRunPolicy(_t.Model):
    """Defines of how a flow run should retry.

    Attributes:
        max_retries (int | Unset): The maximum number of retries. Field is not used. Please use
            `retries` instead. Default: 0.
        pause_keys (list[str] | None | Unset): Tracks pauses this run has observed.
        resuming (bool | None | Unset): Indicates if this run is resuming from a pause. Default:
            False.
        retries (int | None | Unset): The number of retries.
        retry_delay (int | None | Unset): The delay time between retries, in seconds.
        retry_delay_seconds (float | Unset): The delay between retries. Field is not used. Please
            use `retry_delay` instead. Default: 0.0.
        retry_type (FlowRunPolicyRetryTypeType0 | None | Unset): The type of retry this run is
            undergoing.
    """

    max_retries: int | Unset = UNSET
    pause_keys: list[str] | None | Unset = UNSET
    resuming: bool | None | Unset = UNSET
    retries: int | None | Unset = UNSET
    retry_delay: int | None | Unset = UNSET
    retry_delay_seconds: float | Unset = UNSET
    retry_type: FlowRunPolicyRetryTypeType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunPolicy,
    _t.Field("max_retries", "max_retries", _t.INT, False, default=0),
    _t.Field(
        "pause_keys", "pause_keys", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None
    ),
    _t.Field("resuming", "resuming", _t.union(_t.BOOL, _t.NONE), False, default=False),
    _t.Field("retries", "retries", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field("retry_delay", "retry_delay", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field("retry_delay_seconds", "retry_delay_seconds", _t.FLOAT, False, default=0),
    _t.Field(
        "retry_type",
        "retry_type",
        _t.union(
            _t.enum_of("flow_run_policy_retry_type_type_0", "FlowRunPolicyRetryTypeType0"), _t.NONE
        ),
        False,
        default=None,
    ),
)

_d6 = FlowRunPolicy._fields_[6].decode


def _decode(self: FlowRunPolicy, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("max_retries", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_retries", v)
    v = get("pause_keys", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "pause_keys", v)
    v = get("resuming", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "resuming", v)
    v = get("retries", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "retries", v)
    v = get("retry_delay", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "retry_delay", v)
    v = get("retry_delay_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "retry_delay_seconds", v)
    v = get("retry_type", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "retry_type", v)


FlowRunPolicy._fast_ = _decode


def _dump_json(self: FlowRunPolicy) -> dict[str, Any]:
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
    v = self.pause_keys
    if v.__class__ in _PLAIN:
        out["pause_keys"] = v
    elif v is not UNSET:
        out["pause_keys"] = _dj(v)
    v = self.resuming
    if v.__class__ in _PLAIN:
        out["resuming"] = v
    elif v is not UNSET:
        out["resuming"] = _dj(v)
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
    v = self.retry_type
    if isinstance(v, _Enum):
        out["retry_type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["retry_type"] = v
    elif v is not UNSET:
        out["retry_type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunPolicy._dump_json = _dump_json  # type: ignore[method-assign,assignment]
