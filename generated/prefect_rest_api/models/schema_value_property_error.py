from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.schema_value_index_error import SchemaValueIndexError


@_attrs_define(kw_only=True)
class SchemaValuePropertyError(_t.Model):
    """SchemaValuePropertyError

    Attributes:
        errors (list[str | SchemaValuePropertyError | SchemaValueIndexError]):
        property (str):
    """

    errors: list[str | SchemaValuePropertyError | SchemaValueIndexError]
    property: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SchemaValuePropertyError,
    _t.Field(
        "errors",
        "errors",
        _t.list_of(
            _t.union(
                _t.STR,
                _t.model("schema_value_property_error", "SchemaValuePropertyError"),
                _t.model("schema_value_index_error", "SchemaValueIndexError"),
            )
        ),
        True,
    ),
    _t.Field("property", "property", _t.STR, True),
)

_d0 = SchemaValuePropertyError._fields_[0].decode


def _decode(self: SchemaValuePropertyError, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["errors"]
    v = _d0(v)
    put(self, "errors", v)
    v = raw["property"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "property", v)


SchemaValuePropertyError._fast_ = _decode


_values = SchemaValuePropertyError._values_


def _dump_json(self: SchemaValuePropertyError) -> dict[str, Any]:
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
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
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
    out: dict[str, Any] = {
        "errors": v0,
        "property": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SchemaValuePropertyError._dump_json = _dump_json  # type: ignore[method-assign,assignment]
