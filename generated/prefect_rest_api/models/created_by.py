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
class CreatedBy(_t.Model):
    """CreatedBy

    Attributes:
        display_value (str | None | Unset): The display value for the creator.
        id (UUID | None | Unset): The id of the creator of the object.
        type (str | None | Unset): The type of the creator of the object.
    """

    display_value: str | None | Unset = UNSET
    id: UUID | None | Unset = UNSET
    type: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CreatedBy,
    _t.Field("display_value", "display_value", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("id", "id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: CreatedBy, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("display_value", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "display_value", v)
    v = get("id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "id", v)
    v = get("type", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "type", v)


CreatedBy._fast_ = _decode


_values = CreatedBy._values_


def _dump_json(self: CreatedBy) -> dict[str, Any]:
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
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is UUID:
        v1 = v1.int.to_bytes(16).hex("-", 2)
        v1 = v1[:4] + v1[5:29] + v1[30:34] + v1[35:]
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
        "display_value": v0,
        "id": v1,
        "type": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CreatedBy._dump_json = _dump_json  # type: ignore[method-assign,assignment]
