from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerDefaultResultStorageUpdate(_t.Model):
    """Request payload for setting the server default result storage block.

    Attributes:
        default_result_storage_block_id (UUID): The block document ID of the server default result
            storage block.
    """

    default_result_storage_block_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerDefaultResultStorageUpdate,
    _t.Field("default_result_storage_block_id", "default_result_storage_block_id", _t.UUID_, True),
)


def _decode(self: ServerDefaultResultStorageUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["default_result_storage_block_id"]
    v = _uuid(v)
    put(self, "default_result_storage_block_id", v)


ServerDefaultResultStorageUpdate._fast_ = _decode


def _dump_json(self: ServerDefaultResultStorageUpdate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.default_result_storage_block_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["default_result_storage_block_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["default_result_storage_block_id"] = v
    elif v is not UNSET:
        out["default_result_storage_block_id"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerDefaultResultStorageUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
