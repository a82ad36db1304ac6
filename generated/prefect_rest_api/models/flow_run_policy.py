from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = FlowRunPolicy._values_


def _dump_json(self: FlowRunPolicy) -> dict[str, Any]:
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
        v5,
        v6,
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
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
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _Enum):
        v6 = v6._value_
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "max_retries": v0,
        "pause_keys": v1,
        "resuming": v2,
        "retries": v3,
        "retry_delay": v4,
        "retry_delay_seconds": v5,
        "retry_type": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunPolicy._dump_json = _dump_json  # type: ignore[method-assign,assignment]
