from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UUID_ as _uuid

if TYPE_CHECKING:
    from ..models.minimal_concurrency_limit_response import (
        MinimalConcurrencyLimitResponse,
    )


@_attrs_define(kw_only=True)
class ConcurrencyLimitWithLeaseResponse(_t.Model):
    """ConcurrencyLimitWithLeaseResponse

    Attributes:
        lease_id (UUID):
        limits (list[MinimalConcurrencyLimitResponse]):
    """

    lease_id: UUID
    limits: list[MinimalConcurrencyLimitResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ConcurrencyLimitWithLeaseResponse,
    _t.Field("lease_id", "lease_id", _t.UUID_, True),
    _t.Field(
        "limits",
        "limits",
        _t.list_of(
            _t.model("minimal_concurrency_limit_response", "MinimalConcurrencyLimitResponse")
        ),
        True,
    ),
)

_d1 = ConcurrencyLimitWithLeaseResponse._fields_[1].decode


def _decode(self: ConcurrencyLimitWithLeaseResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["lease_id"]
    v = _uuid(v)
    put(self, "lease_id", v)
    v = raw["limits"]
    v = _d1(v)
    put(self, "limits", v)


ConcurrencyLimitWithLeaseResponse._fast_ = _decode
