from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

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
