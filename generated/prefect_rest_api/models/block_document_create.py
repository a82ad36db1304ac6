from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class BlockDocumentCreate(_t.Model):
    """Data used by the Prefect REST API to create a block document.

    Attributes:
        block_schema_id (UUID): A block schema ID
        block_type_id (UUID): A block type ID
        data (dict[str, Any] | Unset): The block document's data
        is_anonymous (bool | Unset): Whether the block is anonymous (anonymous blocks are usually
            created by Prefect automatically) Default: False.
        name (str | None | Unset): The block document's name. Not required for anonymous block
            documents.
    """

    block_schema_id: UUID
    block_type_id: UUID
    data: dict[str, Any] | Unset = UNSET
    is_anonymous: bool | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    BlockDocumentCreate,
    _t.Field("block_schema_id", "block_schema_id", _t.UUID_, True),
    _t.Field("block_type_id", "block_type_id", _t.UUID_, True),
    _t.Field("data", "data", _t.OBJECT, False),
    _t.Field("is_anonymous", "is_anonymous", _t.BOOL, False),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False),
)
