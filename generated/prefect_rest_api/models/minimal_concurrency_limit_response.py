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
class MinimalConcurrencyLimitResponse(_t.Model):
    """MinimalConcurrencyLimitResponse

    Attributes:
        id (UUID):
        limit (int):
        name (str):
    """

    id: UUID
    limit: int
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    MinimalConcurrencyLimitResponse,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("limit", "limit", _t.INT, True),
    _t.Field("name", "name", _t.STR, True),
)


def _decode(self: MinimalConcurrencyLimitResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["limit"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)


MinimalConcurrencyLimitResponse._fast_ = _decode


_values = MinimalConcurrencyLimitResponse._values_


def _dump_json(self: MinimalConcurrencyLimitResponse) -> dict[str, Any]:
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
    if v1.__class__ not in _PLAIN:
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
        "id": v0,
        "limit": v1,
        "name": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


MinimalConcurrencyLimitResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
