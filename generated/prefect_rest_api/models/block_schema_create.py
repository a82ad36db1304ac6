from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class BlockSchemaCreate(_t.Model):
    """Data used by the Prefect REST API to create a block schema.

    Attributes:
        block_type_id (UUID): A block type ID
        capabilities (list[str] | Unset): A list of Block capabilities
        fields (dict[str, Any] | Unset): The block schema's field schema
        version (str | Unset): Human readable identifier for the block schema Default: 'non-
            versioned'.
    """

    block_type_id: UUID
    capabilities: list[str] | Unset = UNSET
    fields: dict[str, Any] | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    BlockSchemaCreate,
    _t.Field("block_type_id", "block_type_id", _t.UUID_, True),
    _t.Field("capabilities", "capabilities", _t.list_of(_t.STR), False),
    _t.Field("fields", "fields", _t.OBJECT, False),
    _t.Field("version", "version", _t.STR, False),
)
