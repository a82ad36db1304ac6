from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = TaskRunPolicy._values_


def _dump_json(self: TaskRunPolicy) -> dict[str, Any]:
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
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
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
    out: dict[str, Any] = {
        "max_retries": v0,
        "retries": v1,
        "retry_delay": v2,
        "retry_delay_seconds": v3,
        "retry_jitter_factor": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunPolicy._dump_json = _dump_json  # type: ignore[method-assign,assignment]
