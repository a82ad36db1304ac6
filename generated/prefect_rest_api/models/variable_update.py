from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class VariableUpdate(_t.Model):
    """Data used by the Prefect REST API to update a Variable.

    Attributes:
        name (str | None | Unset):
        tags (list[str] | None | Unset): A list of variable tags
        value (str | int | bool | float | dict[str, Any] | list[Any] | None | Unset): The value of
            the variable
    """

    name: str | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    value: str | int | bool | float | dict[str, Any] | list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    VariableUpdate,
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("tags", "tags", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field(
        "value",
        "value",
        _t.union(_t.STR, _t.INT, _t.BOOL, _t.FLOAT, _t.OBJECT, _t.list_of(_t.ANY), _t.NONE),
        False,
        default=None,
    ),
)

_d2 = VariableUpdate._fields_[2].decode


def _decode(self: VariableUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("tags", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "tags", v)
    v = get("value", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "value", v)


VariableUpdate._fast_ = _decode


def _dump_json(self: VariableUpdate) -> dict[str, Any]:
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
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
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


VariableUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
