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


_values = BlockDocumentFilter._values_


def _dump_json(self: BlockDocumentFilter) -> dict[str, Any]:
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
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _Enum):
        v4 = v4._value_
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "block_type_id": v0,
        "id": v1,
        "is_anonymous": v2,
        "name": v3,
        "operator": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockDocumentFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
