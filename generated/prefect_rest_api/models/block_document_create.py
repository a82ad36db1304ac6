from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj


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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockDocumentCreate,
    _t.Field("block_schema_id", "block_schema_id", _t.UUID_, True),
    _t.Field("block_type_id", "block_type_id", _t.UUID_, True),
    _t.Field("data", "data", _t.OBJECT, False, default={}),
    _t.Field("is_anonymous", "is_anonymous", _t.BOOL, False, default=False),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: BlockDocumentCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["block_schema_id"]
    v = _uuid(v)
    put(self, "block_schema_id", v)
    v = raw["block_type_id"]
    v = _uuid(v)
    put(self, "block_type_id", v)
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


BlockDocumentCreate._fast_ = _decode


def _dump_json(self: BlockDocumentCreate) -> dict[str, Any]:
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


BlockDocumentCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
