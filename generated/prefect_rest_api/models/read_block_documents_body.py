from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.block_document_filter import BlockDocumentFilter
    from ..models.block_document_sort import BlockDocumentSort
    from ..models.block_schema_filter import BlockSchemaFilter
    from ..models.block_type_filter import BlockTypeFilter


@_attrs_define(kw_only=True)
class ReadBlockDocumentsBody(_t.Model):
    """ReadBlockDocumentsBody

    Attributes:
        block_documents (BlockDocumentFilter | None | Unset):
        block_schemas (BlockSchemaFilter | None | Unset):
        block_types (BlockTypeFilter | None | Unset):
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        offset (int | Unset):  Default: 0.
        sort (BlockDocumentSort | None | Unset):  Default: BlockDocumentSort.NAME_ASC.
    """

    block_documents: BlockDocumentFilter | None | Unset = UNSET
    block_schemas: BlockSchemaFilter | None | Unset = UNSET
    block_types: BlockTypeFilter | None | Unset = UNSET
    include_secrets: bool | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort: BlockDocumentSort | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadBlockDocumentsBody,
    _t.Field(
        "block_documents",
        "block_documents",
        _t.union(_t.model("block_document_filter", "BlockDocumentFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "block_schemas",
        "block_schemas",
        _t.union(_t.model("block_schema_filter", "BlockSchemaFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "block_types",
        "block_types",
        _t.union(_t.model("block_type_filter", "BlockTypeFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("include_secrets", "include_secrets", _t.BOOL, False, default=False),
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False, default=0),
    _t.Field(
        "sort",
        "sort",
        _t.union(_t.enum_of("block_document_sort", "BlockDocumentSort"), _t.NONE),
        False,
        default="NAME_ASC",
    ),
)

_d0 = ReadBlockDocumentsBody._fields_[0].decode
_d1 = ReadBlockDocumentsBody._fields_[1].decode
_d2 = ReadBlockDocumentsBody._fields_[2].decode
_d6 = ReadBlockDocumentsBody._fields_[6].decode


def _decode(self: ReadBlockDocumentsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("block_documents", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "block_documents", v)
    v = get("block_schemas", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "block_schemas", v)
    v = get("block_types", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "block_types", v)
    v = get("include_secrets", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "include_secrets", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("offset", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "offset", v)
    v = get("sort", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "sort", v)


ReadBlockDocumentsBody._fast_ = _decode


_values = ReadBlockDocumentsBody._values_


def _dump_json(self: ReadBlockDocumentsBody) -> dict[str, Any]:
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
    ) = _values(self)
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
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
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _Enum):
        v6 = v6._value_
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "block_documents": v0,
        "block_schemas": v1,
        "block_types": v2,
        "include_secrets": v3,
        "limit": v4,
        "offset": v5,
        "sort": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadBlockDocumentsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
