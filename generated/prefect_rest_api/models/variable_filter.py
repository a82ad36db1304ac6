from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator import Operator
    from ..models.variable_filter_id import VariableFilterId
    from ..models.variable_filter_name import VariableFilterName
    from ..models.variable_filter_tags import VariableFilterTags


@_attrs_define(kw_only=True)
class VariableFilter(_t.Model):
    """Filter variables. Only variables matching all criteria will be returned

    Attributes:
        id (VariableFilterId | None | Unset): Filter criteria for `Variable.id`
        name (VariableFilterName | None | Unset): Filter criteria for `Variable.name`
        operator (Operator | Unset): Operators for combining filter criteria.
        tags (VariableFilterTags | None | Unset): Filter criteria for `Variable.tags`
    """

    id: VariableFilterId | None | Unset = UNSET
    name: VariableFilterName | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    tags: VariableFilterTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    VariableFilter,
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("variable_filter_id", "VariableFilterId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("variable_filter_name", "VariableFilterName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "tags",
        "tags",
        _t.union(_t.model("variable_filter_tags", "VariableFilterTags"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = VariableFilter._fields_[0].decode
_d1 = VariableFilter._fields_[1].decode
_d2 = VariableFilter._fields_[2].decode
_d3 = VariableFilter._fields_[3].decode


def _decode(self: VariableFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "id", v)
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "name", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "operator", v)
    v = get("tags", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "tags", v)


VariableFilter._fast_ = _decode
