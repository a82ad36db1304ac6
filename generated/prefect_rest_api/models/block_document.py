from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_schema import BlockSchema
    from ..models.block_type import BlockType


@_attrs_define(kw_only=True)
class BlockDocument(_t.Model):
    """An ORM representation of a block document.

    Attributes:
        block_schema_id (UUID): A block schema ID
        block_type_id (UUID): A block type ID
        created (datetime.datetime | None):
        id (UUID):
        updated (datetime.datetime | None):
        block_document_references (dict[str, dict[str, Any]] | Unset): Record of the block
            document's references
        block_schema (BlockSchema | None | Unset): The associated block schema
        block_type (BlockType | None | Unset): The associated block type
        block_type_name (str | None | Unset): The associated block type's name
        data (dict[str, Any] | Unset): The block document's data
        is_anonymous (bool | Unset): Whether the block is anonymous (anonymous blocks are usually
            created by Prefect automatically) Default: False.
        name (str | None | Unset): The block document's name. Not required for anonymous block
            documents.
    """

    block_schema_id: UUID
    block_type_id: UUID
    created: datetime.datetime | None
    id: UUID
    updated: datetime.datetime | None
    block_document_references: dict[str, dict[str, Any]] | Unset = UNSET
    block_schema: BlockSchema | None | Unset = UNSET
    block_type: BlockType | None | Unset = UNSET
    block_type_name: str | None | Unset = UNSET
    data: dict[str, Any] | Unset = UNSET
    is_anonymous: bool | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    BlockDocument,
    _t.Field("block_schema_id", "block_schema_id", _t.UUID_, True),
    _t.Field("block_type_id", "block_type_id", _t.UUID_, True),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "block_document_references", "block_document_references", _t.dict_of(_t.OBJECT), False
    ),
    _t.Field(
        "block_schema",
        "block_schema",
        _t.union(_t.model("block_schema", "BlockSchema"), _t.NONE),
        False,
    ),
    _t.Field(
        "block_type", "block_type", _t.union(_t.model("block_type", "BlockType"), _t.NONE), False
    ),
    _t.Field("block_type_name", "block_type_name", _t.union(_t.STR, _t.NONE), False),
    _t.Field("data", "data", _t.OBJECT, False),
    _t.Field("is_anonymous", "is_anonymous", _t.BOOL, False),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False),
)
