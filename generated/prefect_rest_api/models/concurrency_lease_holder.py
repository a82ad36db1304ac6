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


_values = ConcurrencyLeaseHolder._values_


def _dump_json(self: ConcurrencyLeaseHolder) -> dict[str, Any]:
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
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _Enum):
        v1 = v1._value_
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    out: dict[str, Any] = {
        "id": v0,
        "type": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLeaseHolder._dump_json = _dump_json  # type: ignore[method-assign,assignment]
