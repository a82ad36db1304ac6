from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_filter import VariableFilter
    from ..models.variable_sort import VariableSort


@_attrs_define(kw_only=True)
class ReadVariablesBody(_t.Model):
    """ReadVariablesBody

    Attributes:
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        offset (int | Unset):  Default: 0.
        sort (VariableSort | Unset): Defines variables sorting options.
        variables (VariableFilter | None | Unset):
    """

    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort: VariableSort | Unset = UNSET
    variables: VariableFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadVariablesBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False, default=0),
    _t.Field("sort", "sort", _t.enum_of("variable_sort", "VariableSort"), False),
    _t.Field(
        "variables",
        "variables",
        _t.union(_t.model("variable_filter", "VariableFilter"), _t.NONE),
        False,
        default=None,
    ),
)

_d2 = ReadVariablesBody._fields_[2].decode
_d3 = ReadVariablesBody._fields_[3].decode


def _decode(self: ReadVariablesBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("offset", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "offset", v)
    v = get("sort", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "sort", v)
    v = get("variables", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "variables", v)


ReadVariablesBody._fast_ = _decode
