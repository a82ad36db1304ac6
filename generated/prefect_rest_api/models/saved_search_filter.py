from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t


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
