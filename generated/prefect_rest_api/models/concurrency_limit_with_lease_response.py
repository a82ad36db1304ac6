from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

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
