from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class BlockTypeUpdate(_t.Model):
    """Data used by the Prefect REST API to update a block type.

    Attributes:
        code_example (str | None | Unset):
        description (str | None | Unset):
        documentation_url (str | None | Unset):
        logo_url (str | None | Unset):
    """

    code_example: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    documentation_url: str | None | Unset = UNSET
    logo_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BlockTypeUpdate,
    _t.Field("code_example", "code_example", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "documentation_url", "documentation_url", _t.union(_t.STR, _t.NONE), False, default=None
    ),
    _t.Field("logo_url", "logo_url", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: BlockTypeUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("code_example", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "code_example", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("documentation_url", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "documentation_url", v)
    v = get("logo_url", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "logo_url", v)


BlockTypeUpdate._fast_ = _decode


_values = BlockTypeUpdate._values_


def _dump_json(self: BlockTypeUpdate) -> dict[str, Any]:
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
        v3,
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
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
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "code_example": v0,
        "description": v1,
        "documentation_url": v2,
        "logo_url": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockTypeUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
