from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t


@_attrs_define(kw_only=True)
class ValidateObjBody(_t.Model):
    """ValidateObjBody

    Attributes:
        schema (dict[str, Any]):
        values (dict[str, Any]):
    """

    schema: dict[str, Any]
    values: dict[str, Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ValidateObjBody,
    _t.Field("schema", "schema", _t.OBJECT, True),
    _t.Field("values", "values", _t.OBJECT, True),
)


def _decode(self: ValidateObjBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["schema"]
    if v.__class__ is not dict:
        raise TypeError
    put(self, "schema", v)
    v = raw["values"]
    if v.__class__ is not dict:
        raise TypeError
    put(self, "values", v)


ValidateObjBody._fast_ = _decode
