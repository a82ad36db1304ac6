from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj


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


def _dump_json(self: ValidateObjBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.schema
    if v.__class__ in _PLAIN:
        out["schema"] = v
    elif v is not UNSET:
        out["schema"] = _dj(v)
    v = self.values
    if v.__class__ in _PLAIN:
        out["values"] = v
    elif v is not UNSET:
        out["values"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ValidateObjBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
