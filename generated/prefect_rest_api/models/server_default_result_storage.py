from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerDefaultResultStorage(_t.Model):
    """Server-side default result storage configuration.

    Attributes:
        default_result_storage_block_id (UUID | None | Unset): The block document ID of the server
            default result storage block.
    """

    default_result_storage_block_id: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerDefaultResultStorage,
    _t.Field(
        "default_result_storage_block_id",
        "default_result_storage_block_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
)


def _decode(self: ServerDefaultResultStorage, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("default_result_storage_block_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "default_result_storage_block_id", v)


ServerDefaultResultStorage._fast_ = _decode


_values = ServerDefaultResultStorage._values_


def _dump_json(self: ServerDefaultResultStorage) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (v0,) = _values(self)
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    out: dict[str, Any] = {
        "default_result_storage_block_id": v0,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerDefaultResultStorage._dump_json = _dump_json  # type: ignore[method-assign,assignment]
