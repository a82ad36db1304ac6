from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid


@_attrs_define(kw_only=True)
class BlockDocumentUpdate(_t.Model):
    """Data used by the Prefect REST API to update a block document.

    Attributes:
        block_schema_id (UUID | None | Unset): A block schema ID
        data (dict[str, Any] | Unset): The block document's data
        merge_existing_data (bool | Unset):  Default: True.
    """

    block_schema_id: UUID | None | Unset = UNSET
    data: dict[str, Any] | Unset = UNSET
    merge_existing_data: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockDocumentUpdate,
    _t.Field(
        "block_schema_id", "block_schema_id", _t.union(_t.UUID_, _t.NONE), False, default=None
    ),
    _t.Field("data", "data", _t.OBJECT, False, default={}),
    _t.Field("merge_existing_data", "merge_existing_data", _t.BOOL, False, default=True),
)


def _decode(self: BlockDocumentUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("block_schema_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "block_schema_id", v)
    v = get("data", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "data", v)
    v = get("merge_existing_data", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "merge_existing_data", v)


BlockDocumentUpdate._fast_ = _decode
