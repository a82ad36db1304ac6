from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

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


def _dump_json(self: ConcurrencyLimitWithLeaseResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.lease_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["lease_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["lease_id"] = v
    elif v is not UNSET:
        out["lease_id"] = _dj(v)
    v = self.limits
    if v.__class__ in _PLAIN:
        out["limits"] = v
    elif v is not UNSET:
        out["limits"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLimitWithLeaseResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
