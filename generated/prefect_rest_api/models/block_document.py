from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = BlockDocument._values_


def _dump_json(self: BlockDocument) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (
        v0,
        v1,
        v2,
        v3,
        v4,
        v5,
        v6,
        v7,
        v8,
        v9,
        v10,
        v11,
    ) = _values(self)
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is UUID:
        v1 = v1.int.to_bytes(16).hex("-", 2)
        v1 = v1[:4] + v1[5:29] + v1[30:34] + v1[35:]
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is _datetime:
        us = v2.microsecond
        if us and v2.tzinfo is _utc:
            y = v2.year
            v2 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v2.month]}-{_D2[v2.day]}"
                f"T{_D2[v2.hour]}:{_D2[v2.minute]}:{_D2[v2.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v2 = _iso(v2)
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is UUID:
        v3 = v3.int.to_bytes(16).hex("-", 2)
        v3 = v3[:4] + v3[5:29] + v3[30:34] + v3[35:]
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is _datetime:
        us = v4.microsecond
        if us and v4.tzinfo is _utc:
            y = v4.year
            v4 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v4.month]}-{_D2[v4.day]}"
                f"T{_D2[v4.hour]}:{_D2[v4.minute]}:{_D2[v4.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v4 = _iso(v4)
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is dict:
        v5 = _dump_dict(v5) if v5 else {}
    elif v5.__class__ is list:
        v5 = _dump_list(v5) if v5 else []
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ is dict:
        v9 = _dump_dict(v9) if v9 else {}
    elif v9.__class__ is list:
        v9 = _dump_list(v9) if v9 else []
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    out: dict[str, Any] = {
        "block_schema_id": v0,
        "block_type_id": v1,
        "created": v2,
        "id": v3,
        "updated": v4,
        "block_document_references": v5,
        "block_schema": v6,
        "block_type": v7,
        "block_type_name": v8,
        "data": v9,
        "is_anonymous": v10,
        "name": v11,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockDocument._dump_json = _dump_json  # type: ignore[method-assign,assignment]
