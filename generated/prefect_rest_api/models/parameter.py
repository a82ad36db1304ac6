from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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
