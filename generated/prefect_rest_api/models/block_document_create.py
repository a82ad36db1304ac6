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


_values = BlockDocumentCreate._values_


def _dump_json(self: BlockDocumentCreate) -> dict[str, Any]:
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
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "block_schema_id": v0,
        "block_type_id": v1,
        "data": v2,
        "is_anonymous": v3,
        "name": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockDocumentCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
