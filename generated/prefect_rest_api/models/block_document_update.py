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


_values = BlockDocumentUpdate._values_


def _dump_json(self: BlockDocumentUpdate) -> dict[str, Any]:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "block_schema_id": v0,
        "data": v1,
        "merge_existing_data": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockDocumentUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
