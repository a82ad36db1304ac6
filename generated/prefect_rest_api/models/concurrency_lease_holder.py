from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UUID_ as _uuid

if TYPE_CHECKING:
    from ..models.concurrency_lease_holder_type import ConcurrencyLeaseHolderType


@_attrs_define(kw_only=True)
class ConcurrencyLeaseHolder(_t.Model):
    """Model for validating concurrency lease holder information.

    Attributes:
        id (UUID):
        type (ConcurrencyLeaseHolderType):
    """

    id: UUID
    type: ConcurrencyLeaseHolderType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ConcurrencyLeaseHolder,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field(
        "type",
        "type",
        _t.enum_of("concurrency_lease_holder_type", "ConcurrencyLeaseHolderType"),
        True,
    ),
)

_d1 = ConcurrencyLeaseHolder._fields_[1].decode


def _decode(self: ConcurrencyLeaseHolder, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["type"]
    v = _d1(v)
    put(self, "type", v)


ConcurrencyLeaseHolder._fast_ = _decode
