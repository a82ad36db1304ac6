from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class FlowRunFilterParentFlowRunId(_t.Model):
    """Filter for subflows of a given flow run

    Attributes:
        any_ (list[UUID] | None | Unset): A list of parent flow run ids to include
        operator (Operator | Unset): Operators for combining filter criteria.
    """

    any_: list[UUID] | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunFilterParentFlowRunId,
    _t.Field("any_", "any_", _t.union(_t.list_of(_t.UUID_), _t.NONE), False, default=None),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
)

_d0 = FlowRunFilterParentFlowRunId._fields_[0].decode
_d1 = FlowRunFilterParentFlowRunId._fields_[1].decode


def _decode(self: FlowRunFilterParentFlowRunId, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("any_", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "any_", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "operator", v)


FlowRunFilterParentFlowRunId._fast_ = _decode
