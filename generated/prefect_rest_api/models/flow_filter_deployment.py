from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class FlowFilterDeployment(_t.Model):
    """Filter by flows by deployment

    Attributes:
        is_null_ (bool | None | Unset): If true, only include flows without deployments
        operator (Operator | Unset): Operators for combining filter criteria.
    """

    is_null_: bool | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowFilterDeployment,
    _t.Field("is_null_", "is_null_", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
)

_d1 = FlowFilterDeployment._fields_[1].decode


def _decode(self: FlowFilterDeployment, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("is_null_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "is_null_", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "operator", v)


FlowFilterDeployment._fast_ = _decode


def _dump_json(self: FlowFilterDeployment) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.is_null_
    if v.__class__ in _PLAIN:
        out["is_null_"] = v
    elif v is not UNSET:
        out["is_null_"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowFilterDeployment._dump_json = _dump_json  # type: ignore[method-assign,assignment]
