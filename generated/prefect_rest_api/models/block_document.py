from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso

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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockDocument,
    _t.Field("block_schema_id", "block_schema_id", _t.UUID_, True),
    _t.Field("block_type_id", "block_type_id", _t.UUID_, True),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "block_document_references",
        "block_document_references",
        _t.dict_of(_t.OBJECT),
        False,
        default={},
    ),
    _t.Field(
        "block_schema",
        "block_schema",
        _t.union(_t.model("block_schema", "BlockSchema"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "block_type",
        "block_type",
        _t.union(_t.model("block_type", "BlockType"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("block_type_name", "block_type_name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("data", "data", _t.OBJECT, False, default={}),
    _t.Field("is_anonymous", "is_anonymous", _t.BOOL, False, default=False),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d5 = BlockDocument._fields_[5].decode
_d6 = BlockDocument._fields_[6].decode
_d7 = BlockDocument._fields_[7].decode


def _decode(self: BlockDocument, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["block_schema_id"]
    v = _uuid(v)
    put(self, "block_schema_id", v)
    v = raw["block_type_id"]
    v = _uuid(v)
    put(self, "block_type_id", v)
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
    v = get("block_document_references", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "block_document_references", v)
    v = get("block_schema", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "block_schema", v)
    v = get("block_type", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "block_type", v)
    v = get("block_type_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "block_type_name", v)
    v = get("data", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "data", v)
    v = get("is_anonymous", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "is_anonymous", v)
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)


BlockDocument._fast_ = _decode


def _dump_json(self: BlockDocument) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.block_schema_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["block_schema_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["block_schema_id"] = v
    elif v is not UNSET:
        out["block_schema_id"] = _dj(v)
    v = self.block_type_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["block_type_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["block_type_id"] = v
    elif v is not UNSET:
        out["block_type_id"] = _dj(v)
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.block_document_references
    if v.__class__ in _PLAIN:
        out["block_document_references"] = v
    elif v is not UNSET:
        out["block_document_references"] = _dj(v)
    v = self.block_schema
    if isinstance(v, _t.Model):
        out["block_schema"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["block_schema"] = v
    elif v is not UNSET:
        out["block_schema"] = _dj(v)
    v = self.block_type
    if isinstance(v, _t.Model):
        out["block_type"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["block_type"] = v
    elif v is not UNSET:
        out["block_type"] = _dj(v)
    v = self.block_type_name
    if v.__class__ in _PLAIN:
        out["block_type_name"] = v
    elif v is not UNSET:
        out["block_type_name"] = _dj(v)
    v = self.data
    if v.__class__ in _PLAIN:
        out["data"] = v
    elif v is not UNSET:
        out["data"] = _dj(v)
    v = self.is_anonymous
    if v.__class__ in _PLAIN:
        out["is_anonymous"] = v
    elif v is not UNSET:
        out["is_anonymous"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockDocument._dump_json = _dump_json  # type: ignore[method-assign,assignment]
