from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId
    from ..models.block_schema_filter_capabilities import BlockSchemaFilterCapabilities
    from ..models.block_schema_filter_id import BlockSchemaFilterId
    from ..models.block_schema_filter_version import BlockSchemaFilterVersion
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class BlockSchemaFilter(_t.Model):
    """Filter BlockSchemas

    Attributes:
        block_capabilities (BlockSchemaFilterCapabilities | None | Unset): Filter criteria for
            `BlockSchema.capabilities`
        block_type_id (BlockSchemaFilterBlockTypeId | None | Unset): Filter criteria for
            `BlockSchema.block_type_id`
        id (BlockSchemaFilterId | None | Unset): Filter criteria for `BlockSchema.id`
        operator (Operator | Unset): Operators for combining filter criteria.
        version (BlockSchemaFilterVersion | None | Unset): Filter criteria for `BlockSchema.version`
    """

    block_capabilities: BlockSchemaFilterCapabilities | None | Unset = UNSET
    block_type_id: BlockSchemaFilterBlockTypeId | None | Unset = UNSET
    id: BlockSchemaFilterId | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    version: BlockSchemaFilterVersion | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockSchemaFilter,
    _t.Field(
        "block_capabilities",
        "block_capabilities",
        _t.union(
            _t.model("block_schema_filter_capabilities", "BlockSchemaFilterCapabilities"), _t.NONE
        ),
        False,
        default=None,
    ),
    _t.Field(
        "block_type_id",
        "block_type_id",
        _t.union(
            _t.model("block_schema_filter_block_type_id", "BlockSchemaFilterBlockTypeId"), _t.NONE
        ),
        False,
        default=None,
    ),
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("block_schema_filter_id", "BlockSchemaFilterId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "version",
        "version",
        _t.union(_t.model("block_schema_filter_version", "BlockSchemaFilterVersion"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = BlockSchemaFilter._fields_[0].decode
_d1 = BlockSchemaFilter._fields_[1].decode
_d2 = BlockSchemaFilter._fields_[2].decode
_d3 = BlockSchemaFilter._fields_[3].decode
_d4 = BlockSchemaFilter._fields_[4].decode


def _decode(self: BlockSchemaFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("block_capabilities", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "block_capabilities", v)
    v = get("block_type_id", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "block_type_id", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "id", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "operator", v)
    v = get("version", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "version", v)


BlockSchemaFilter._fast_ = _decode


_values = BlockSchemaFilter._values_


def _dump_json(self: BlockSchemaFilter) -> dict[str, Any]:
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
    if isinstance(v3, _Enum):
        v3 = v3._value_
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "block_capabilities": v0,
        "block_type_id": v1,
        "id": v2,
        "operator": v3,
        "version": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockSchemaFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
