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


_t.fields(
    ReadVariablesBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False),
    _t.Field("sort", "sort", _t.enum_of("variable_sort", "VariableSort"), False),
    _t.Field(
        "variables",
        "variables",
        _t.union(_t.model("variable_filter", "VariableFilter"), _t.NONE),
        False,
    ),
)
