from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

if TYPE_CHECKING:
    from ..models.body_validate_obj_ui_schemas_validate_post_schema import (
        BodyValidateObjUiSchemasValidatePostSchema,
    )
    from ..models.body_validate_obj_ui_schemas_validate_post_values import (
        BodyValidateObjUiSchemasValidatePostValues,
    )


@_attrs_define(kw_only=True)
class BodyValidateObjUiSchemasValidatePost(_t.Model):
    """BodyValidateObjUiSchemasValidatePost

    Attributes:
        schema (BodyValidateObjUiSchemasValidatePostSchema):
        values (BodyValidateObjUiSchemasValidatePostValues):
    """

    schema: BodyValidateObjUiSchemasValidatePostSchema
    values: BodyValidateObjUiSchemasValidatePostValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    BodyValidateObjUiSchemasValidatePost,
    _t.Field(
        "schema",
        "schema",
        _t.model(
            "body_validate_obj_ui_schemas_validate_post_schema",
            "BodyValidateObjUiSchemasValidatePostSchema",
        ),
        True,
    ),
    _t.Field(
        "values",
        "values",
        _t.model(
            "body_validate_obj_ui_schemas_validate_post_values",
            "BodyValidateObjUiSchemasValidatePostValues",
        ),
        True,
    ),
)
