from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_update_value_type_4 import VariableUpdateValueType4


@_attrs_define(kw_only=True)
class VariableUpdate(_t.Model):
    """Data used by the Prefect REST API to update a Variable.

    Attributes:
        name (None | str | Unset):
        tags (list[str] | None | Unset): A list of variable tags
        value (bool | float | int | list[Any] | None | str | Unset | VariableUpdateValueType4): The
            value of the variable
    """

    name: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    value: bool | float | int | list[Any] | None | str | Unset | VariableUpdateValueType4 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    VariableUpdate,
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False),
    _t.Field("tags", "tags", _t.union(_t.list_of(_t.STR), _t.NONE), False),
    _t.Field(
        "value",
        "value",
        _t.union(
            _t.STR,
            _t.INT,
            _t.BOOL,
            _t.FLOAT,
            _t.model("variable_update_value_type_4", "VariableUpdateValueType4"),
            _t.list_of(_t.ANY),
            _t.NONE,
        ),
        False,
    ),
)
