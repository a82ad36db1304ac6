from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

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


def _dump_json(self: ConcurrencyLeaseHolder) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.type
    if isinstance(v, _Enum):
        out["type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLeaseHolder._dump_json = _dump_json  # type: ignore[method-assign,assignment]
