from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.block_document_filter_block_type_id import (
        BlockDocumentFilterBlockTypeId,
    )
    from ..models.block_document_filter_id import BlockDocumentFilterId
    from ..models.block_document_filter_is_anonymous import (
        BlockDocumentFilterIsAnonymous,
    )
    from ..models.block_document_filter_name import BlockDocumentFilterName
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class BlockDocumentFilter(_t.Model):
    """Filter BlockDocuments. Only BlockDocuments matching all criteria will be returned

    Attributes:
        block_type_id (BlockDocumentFilterBlockTypeId | None | Unset): Filter criteria for
            `BlockDocument.block_type_id`
        id (BlockDocumentFilterId | None | Unset): Filter criteria for `BlockDocument.id`
        is_anonymous (BlockDocumentFilterIsAnonymous | None | Unset): Filter criteria for
            `BlockDocument.is_anonymous`. Defaults to excluding anonymous blocks.
        name (BlockDocumentFilterName | None | Unset): Filter criteria for `BlockDocument.name`
        operator (Operator | Unset): Operators for combining filter criteria.
    """

    block_type_id: BlockDocumentFilterBlockTypeId | None | Unset = UNSET
    id: BlockDocumentFilterId | None | Unset = UNSET
    is_anonymous: BlockDocumentFilterIsAnonymous | None | Unset = UNSET
    name: BlockDocumentFilterName | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockDocumentFilter,
    _t.Field(
        "block_type_id",
        "block_type_id",
        _t.union(
            _t.model("block_document_filter_block_type_id", "BlockDocumentFilterBlockTypeId"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("block_document_filter_id", "BlockDocumentFilterId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "is_anonymous",
        "is_anonymous",
        _t.union(
            _t.model("block_document_filter_is_anonymous", "BlockDocumentFilterIsAnonymous"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("block_document_filter_name", "BlockDocumentFilterName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
)

_d0 = BlockDocumentFilter._fields_[0].decode
_d1 = BlockDocumentFilter._fields_[1].decode
_d2 = BlockDocumentFilter._fields_[2].decode
_d3 = BlockDocumentFilter._fields_[3].decode
_d4 = BlockDocumentFilter._fields_[4].decode


def _decode(self: BlockDocumentFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("block_type_id", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "block_type_id", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "id", v)
    v = get("is_anonymous", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "is_anonymous", v)
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "name", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "operator", v)


BlockDocumentFilter._fast_ = _decode


def _dump_json(self: BlockDocumentFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.block_type_id
    if isinstance(v, _t.Model):
        out["block_type_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["block_type_id"] = v
    elif v is not UNSET:
        out["block_type_id"] = _dj(v)
    v = self.id
    if isinstance(v, _t.Model):
        out["id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.is_anonymous
    if isinstance(v, _t.Model):
        out["is_anonymous"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["is_anonymous"] = v
    elif v is not UNSET:
        out["is_anonymous"] = _dj(v)
    v = self.name
    if isinstance(v, _t.Model):
        out["name"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockDocumentFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
