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


def _dump_json(self: BlockSchema) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.block_type_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["block_type_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["block_type_id"] = v
    elif v is not UNSET:
        out["block_type_id"] = _dj(v)
    v = self.checksum
    if v.__class__ in _PLAIN:
        out["checksum"] = v
    elif v is not UNSET:
        out["checksum"] = _dj(v)
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
    v = self.block_type
    if isinstance(v, _t.Model):
        out["block_type"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["block_type"] = v
    elif v is not UNSET:
        out["block_type"] = _dj(v)
    v = self.capabilities
    if v.__class__ in _PLAIN:
        out["capabilities"] = v
    elif v is not UNSET:
        out["capabilities"] = _dj(v)
    v = self.fields
    if v.__class__ in _PLAIN:
        out["fields"] = v
    elif v is not UNSET:
        out["fields"] = _dj(v)
    v = self.version
    if v.__class__ in _PLAIN:
        out["version"] = v
    elif v is not UNSET:
        out["version"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockSchema._dump_json = _dump_json  # type: ignore[method-assign,assignment]
