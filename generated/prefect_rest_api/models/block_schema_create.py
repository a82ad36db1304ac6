from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = BlockSchemaCreate._values_


def _dump_json(self: BlockSchemaCreate) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "block_type_id": v0,
        "capabilities": v1,
        "fields": v2,
        "version": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockSchemaCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
