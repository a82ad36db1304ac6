from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

if TYPE_CHECKING:
    from ..models.validate_obj_body_schema import ValidateObjBodySchema
    from ..models.validate_obj_body_values import ValidateObjBodyValues


@_attrs_define(kw_only=True)
class ValidateObjBody(_t.Model):
    """ValidateObjBody

    Attributes:
        schema (ValidateObjBodySchema):
        values (ValidateObjBodyValues):
    """

    schema: ValidateObjBodySchema
    values: ValidateObjBodyValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ValidateObjBody,
    _t.Field(
        "schema", "schema", _t.model("validate_obj_body_schema", "ValidateObjBodySchema"), True
    ),
    _t.Field(
        "values", "values", _t.model("validate_obj_body_values", "ValidateObjBodyValues"), True
    ),
)
