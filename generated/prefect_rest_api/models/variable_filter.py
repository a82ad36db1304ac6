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


def _dump_json(self: VariableFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if isinstance(v, _t.Model):
        out["id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if isinstance(v, _t.Model):
        out["name"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    v = self.tags
    if isinstance(v, _t.Model):
        out["tags"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


VariableFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
