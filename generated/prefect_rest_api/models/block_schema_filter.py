from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId
    from ..models.block_schema_filter_capabilities import BlockSchemaFilterCapabilities
    from ..models.block_schema_filter_id import BlockSchemaFilterId
    from ..models.block_schema_filter_version import BlockSchemaFilterVersion
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class BlockSchemaFilter(_t.Model):
    """Filter BlockSchemas

    Attributes:
        block_capabilities (BlockSchemaFilterCapabilities | None | Unset): Filter criteria for
            `BlockSchema.capabilities`
        block_type_id (BlockSchemaFilterBlockTypeId | None | Unset): Filter criteria for
            `BlockSchema.block_type_id`
        id (BlockSchemaFilterId | None | Unset): Filter criteria for `BlockSchema.id`
        operator (Operator | Unset): Operators for combining filter criteria.
        version (BlockSchemaFilterVersion | None | Unset): Filter criteria for `BlockSchema.version`
    """

    block_capabilities: BlockSchemaFilterCapabilities | None | Unset = UNSET
    block_type_id: BlockSchemaFilterBlockTypeId | None | Unset = UNSET
    id: BlockSchemaFilterId | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    version: BlockSchemaFilterVersion | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    BlockSchemaFilter,
    _t.Field(
        "block_capabilities",
        "block_capabilities",
        _t.union(
            _t.model("block_schema_filter_capabilities", "BlockSchemaFilterCapabilities"), _t.NONE
        ),
        False,
    ),
    _t.Field(
        "block_type_id",
        "block_type_id",
        _t.union(
            _t.model("block_schema_filter_block_type_id", "BlockSchemaFilterBlockTypeId"), _t.NONE
        ),
        False,
    ),
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("block_schema_filter_id", "BlockSchemaFilterId"), _t.NONE),
        False,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "version",
        "version",
        _t.union(_t.model("block_schema_filter_version", "BlockSchemaFilterVersion"), _t.NONE),
        False,
    ),
)
