from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class Parameter(_t.Model):
    """Represents a parameter input to a task run.

    Attributes:
        name (str):
        input_type (Literal['parameter'] | Unset):  Default: 'parameter'.
    """

    name: str
    input_type: Literal["parameter"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Parameter,
    _t.Field("name", "name", _t.STR, True),
    _t.Field("input_type", "input_type", _t.const("parameter"), False, default="parameter"),
    consts=(("input_type", "parameter"),),
)

_d1 = Parameter._fields_[1].decode


def _decode(self: Parameter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("input_type", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "input_type", v)


Parameter._fast_ = _decode


def _dump_json(self: Parameter) -> dict[str, Any]:
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
    v = self.input_type
    if v.__class__ in _PLAIN:
        out["input_type"] = v
    elif v is not UNSET:
        out["input_type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Parameter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
