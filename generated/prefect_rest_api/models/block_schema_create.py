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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockSchemaCreate,
    _t.Field("block_type_id", "block_type_id", _t.UUID_, True),
    _t.Field("capabilities", "capabilities", _t.list_of(_t.STR), False, default=[]),
    _t.Field("fields", "fields", _t.OBJECT, False, default={}),
    _t.Field("version", "version", _t.STR, False, default="non-versioned"),
)


def _decode(self: BlockSchemaCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["block_type_id"]
    v = _uuid(v)
    put(self, "block_type_id", v)
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


BlockSchemaCreate._fast_ = _decode


def _dump_json(self: BlockSchemaCreate) -> dict[str, Any]:
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


BlockSchemaCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
