from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.block_schema_filter import BlockSchemaFilter
    from ..models.block_type_filter import BlockTypeFilter


@_attrs_define(kw_only=True)
class ReadBlockTypesBody(_t.Model):
    """ReadBlockTypesBody

    Attributes:
        block_schemas (BlockSchemaFilter | None | Unset):
        block_types (BlockTypeFilter | None | Unset):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        offset (int | Unset):  Default: 0.
    """

    block_schemas: BlockSchemaFilter | None | Unset = UNSET
    block_types: BlockTypeFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadBlockTypesBody,
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
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False, default=0),
)

_d0 = ReadBlockTypesBody._fields_[0].decode
_d1 = ReadBlockTypesBody._fields_[1].decode


def _decode(self: ReadBlockTypesBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("block_schemas", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "block_schemas", v)
    v = get("block_types", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "block_types", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("offset", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "offset", v)


ReadBlockTypesBody._fast_ = _decode


_values = ReadBlockTypesBody._values_


def _dump_json(self: ReadBlockTypesBody) -> dict[str, Any]:
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
    if v2.__class__ not in _PLAIN:
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
        "block_schemas": v0,
        "block_types": v1,
        "limit": v2,
        "offset": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadBlockTypesBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
