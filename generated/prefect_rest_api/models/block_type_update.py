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


def _dump_json(self: BlockTypeUpdate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.code_example
    if v.__class__ in _PLAIN:
        out["code_example"] = v
    elif v is not UNSET:
        out["code_example"] = _dj(v)
    v = self.description
    if v.__class__ in _PLAIN:
        out["description"] = v
    elif v is not UNSET:
        out["description"] = _dj(v)
    v = self.documentation_url
    if v.__class__ in _PLAIN:
        out["documentation_url"] = v
    elif v is not UNSET:
        out["documentation_url"] = _dj(v)
    v = self.logo_url
    if v.__class__ in _PLAIN:
        out["logo_url"] = v
    elif v is not UNSET:
        out["logo_url"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BlockTypeUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
