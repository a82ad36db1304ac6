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


_values = BlockSchema._values_


def _dump_json(self: BlockSchema) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
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
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ is dict:
        v6 = _dump_dict(v6) if v6 else {}
    elif v6.__class__ is list:
        v6 = _dump_list(v6) if v6 else []
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ is dict:
        v7 = _dump_dict(v7) if v7 else {}
    elif v7.__class__ is list:
        v7 = _dump_list(v7) if v7 else []
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
    out: dict[str, Any] = {
        "block_type_id": v0,
        "checksum": v1,
        "created": v2,
        "id": v3,
        "updated": v4,
        "block_type": v5,
        "capabilities": v6,
        "fields": v7,
        "version": v8,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockSchema._dump_json = _dump_json  # type: ignore[method-assign,assignment]
