from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.block_type_filter_name import BlockTypeFilterName
    from ..models.block_type_filter_slug import BlockTypeFilterSlug


@_attrs_define(kw_only=True)
class BlockTypeFilter(_t.Model):
    """Filter BlockTypes

    Attributes:
        name (BlockTypeFilterName | None | Unset): Filter criteria for `BlockType.name`
        slug (BlockTypeFilterSlug | None | Unset): Filter criteria for `BlockType.slug`
    """

    name: BlockTypeFilterName | None | Unset = UNSET
    slug: BlockTypeFilterSlug | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockTypeFilter,
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("block_type_filter_name", "BlockTypeFilterName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "slug",
        "slug",
        _t.union(_t.model("block_type_filter_slug", "BlockTypeFilterSlug"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = BlockTypeFilter._fields_[0].decode
_d1 = BlockTypeFilter._fields_[1].decode


def _decode(self: BlockTypeFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "name", v)
    v = get("slug", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "slug", v)


BlockTypeFilter._fast_ = _decode


_values = BlockTypeFilter._values_


def _dump_json(self: BlockTypeFilter) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "name": v0,
        "slug": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockTypeFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
