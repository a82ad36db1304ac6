from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.block_type import BlockType


@_attrs_define(kw_only=True)
class BlockSchema(_t.Model):
    """An ORM representation of a block schema.

    Attributes:
        block_type_id (UUID | None): A block type ID
        checksum (str): The block schema's unique checksum
        created (datetime.datetime | None):
        id (UUID):
        updated (datetime.datetime | None):
        block_type (BlockType | None | Unset): The associated block type
        capabilities (list[str] | Unset): A list of Block capabilities
        fields (dict[str, Any] | Unset): The block schema's field schema
        version (str | Unset): Human readable identifier for the block schema Default: 'non-
            versioned'.
    """

    block_type_id: UUID | None
    checksum: str
    created: datetime.datetime | None
    id: UUID
    updated: datetime.datetime | None
    block_type: BlockType | None | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    fields: dict[str, Any] | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockSchema,
    _t.Field("block_type_id", "block_type_id", _t.union(_t.UUID_, _t.NONE), True),
    _t.Field("checksum", "checksum", _t.STR, True),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "block_type",
        "block_type",
        _t.union(_t.model("block_type", "BlockType"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("capabilities", "capabilities", _t.list_of(_t.STR), False, default=[]),
    _t.Field("fields", "fields", _t.OBJECT, False, default={}),
    _t.Field("version", "version", _t.STR, False, default="non-versioned"),
)

_d5 = BlockSchema._fields_[5].decode


def _decode(self: BlockSchema, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["block_type_id"]
    if v is not None:
        v = _uuid(v)
    put(self, "block_type_id", v)
    v = raw["checksum"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "checksum", v)
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("block_type", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "block_type", v)
    v = get("capabilities", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "capabilities", v)
    v = get("fields", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "fields", v)
    v = get("version", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "version", v)


BlockSchema._fast_ = _decode
