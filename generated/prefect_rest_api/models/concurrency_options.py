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


_values = ConcurrencyOptions._values_


def _dump_json(self: ConcurrencyOptions) -> dict[str, Any]:
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
    ) = _values(self)
    if isinstance(v0, _Enum):
        v0 = v0._value_
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    out: dict[str, Any] = {
        "collision_strategy": v0,
        "grace_period_seconds": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyOptions._dump_json = _dump_json  # type: ignore[method-assign,assignment]
