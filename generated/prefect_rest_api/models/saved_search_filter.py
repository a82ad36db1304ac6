from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = SavedSearchFilter._values_


def _dump_json(self: SavedSearchFilter) -> dict[str, Any]:
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
        v4,
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
    if v4.__class__ is dict:
        v4 = _dump_dict(v4) if v4 else {}
    elif v4.__class__ is list:
        v4 = _dump_list(v4) if v4 else []
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "object": v0,
        "operation": v1,
        "property": v2,
        "type": v3,
        "value": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SavedSearchFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
