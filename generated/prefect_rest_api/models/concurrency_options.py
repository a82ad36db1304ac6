from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.concurrency_limit_strategy import ConcurrencyLimitStrategy


@_attrs_define(kw_only=True)
class ConcurrencyOptions(_t.Model):
    """Class for storing the concurrency config in database.

    Attributes:
        collision_strategy (ConcurrencyLimitStrategy): Enumeration of concurrency collision
            strategies.
        grace_period_seconds (int | None | Unset): Grace period in seconds for infrastructure to
            start before concurrency slots are revoked. If not set, falls back to server setting.
    """

    collision_strategy: ConcurrencyLimitStrategy
    grace_period_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ConcurrencyOptions,
    _t.Field(
        "collision_strategy",
        "collision_strategy",
        _t.enum_of("concurrency_limit_strategy", "ConcurrencyLimitStrategy"),
        True,
    ),
    _t.Field(
        "grace_period_seconds",
        "grace_period_seconds",
        _t.union(_t.INT, _t.NONE),
        False,
        default=None,
    ),
)

_d0 = ConcurrencyOptions._fields_[0].decode


def _decode(self: ConcurrencyOptions, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["collision_strategy"]
    v = _d0(v)
    put(self, "collision_strategy", v)
    v = get("grace_period_seconds", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "grace_period_seconds", v)


ConcurrencyOptions._fast_ = _decode


def _dump_json(self: ConcurrencyOptions) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.collision_strategy
    if isinstance(v, _Enum):
        out["collision_strategy"] = v._value_
    elif v.__class__ in _PLAIN:
        out["collision_strategy"] = v
    elif v is not UNSET:
        out["collision_strategy"] = _dj(v)
    v = self.grace_period_seconds
    if v.__class__ in _PLAIN:
        out["grace_period_seconds"] = v
    elif v is not UNSET:
        out["grace_period_seconds"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyOptions._dump_json = _dump_json  # type: ignore[method-assign,assignment]
