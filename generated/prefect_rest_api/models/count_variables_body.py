from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_filter import VariableFilter


@_attrs_define(kw_only=True)
class CountVariablesBody(_t.Model):
    """CountVariablesBody

    Attributes:
        variables (VariableFilter | None | Unset):
    """

    variables: VariableFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    CountVariablesBody,
    _t.Field(
        "variables",
        "variables",
        _t.union(_t.model("variable_filter", "VariableFilter"), _t.NONE),
        False,
    ),
)
