from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class SavedSearchFilter(_t.Model):
    """A filter for a saved search model. Intended for use by the Prefect UI.

    Attributes:
        object (str): The object over which to filter.
        operation (str): The operator to apply to the object. For example, `equals`.
        property (str): The property of the object on which to filter.
        type (str): The type of the property.
        value (Any): A JSON-compatible value for the filter.
    """

    object: str
    operation: str
    property: str
    type: str
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SavedSearchFilter,
    _t.Field("object", "object", _t.STR, True),
    _t.Field("operation", "operation", _t.STR, True),
    _t.Field("property", "property", _t.STR, True),
    _t.Field("type", "type", _t.STR, True),
    _t.Field("value", "value", _t.ANY, True),
)


def _decode(self: SavedSearchFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["object"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "object", v)
    v = raw["operation"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "operation", v)
    v = raw["property"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "property", v)
    v = raw["type"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "type", v)
    v = raw["value"]

    put(self, "value", v)


SavedSearchFilter._fast_ = _decode


def _dump_json(self: SavedSearchFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.object
    if v.__class__ in _PLAIN:
        out["object"] = v
    elif v is not UNSET:
        out["object"] = _dj(v)
    v = self.operation
    if v.__class__ in _PLAIN:
        out["operation"] = v
    elif v is not UNSET:
        out["operation"] = _dj(v)
    v = self.property
    if v.__class__ in _PLAIN:
        out["property"] = v
    elif v is not UNSET:
        out["property"] = _dj(v)
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    v = self.value
    if v.__class__ in _PLAIN:
        out["value"] = v
    elif v is not UNSET:
        out["value"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SavedSearchFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
