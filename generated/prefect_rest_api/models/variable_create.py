from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class VariableCreate(_t.Model):
    """Data used by the Prefect REST API to create a Variable.

    Attributes:
        name (str): The name of the variable
        value (str | int | bool | float | dict[str, Any] | list[Any] | None): The value of the
            variable
        tags (list[str] | Unset): A list of variable tags
    """

    name: str
    value: str | int | bool | float | dict[str, Any] | list[Any] | None
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    VariableCreate,
    _t.Field("name", "name", _t.STR, True),
    _t.Field(
        "value",
        "value",
        _t.union(_t.STR, _t.INT, _t.BOOL, _t.FLOAT, _t.OBJECT, _t.list_of(_t.ANY), _t.NONE),
        True,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
)

_d1 = VariableCreate._fields_[1].decode


def _decode(self: VariableCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["value"]
    v = _d1(v)
    put(self, "value", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)


VariableCreate._fast_ = _decode


def _dump_json(self: VariableCreate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.value
    if v.__class__ in _PLAIN:
        out["value"] = v
    elif v is not UNSET:
        out["value"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


VariableCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
