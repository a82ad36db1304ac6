from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ValidationError(_t.Model):
    """ValidationError

    Attributes:
        loc (list[str | int]):
        msg (str):
        type (str):
        ctx (dict[str, Any] | Unset):
        input (Any | Unset):
    """

    loc: list[str | int]
    msg: str
    type: str
    ctx: dict[str, Any] | Unset = UNSET
    input: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ValidationError,
    _t.Field("loc", "loc", _t.list_of(_t.union(_t.STR, _t.INT)), True),
    _t.Field("msg", "msg", _t.STR, True),
    _t.Field("type", "type", _t.STR, True),
    _t.Field("ctx", "ctx", _t.OBJECT, False, default={}),
    _t.Field("input", "input", _t.ANY, False),
)

_d0 = ValidationError._fields_[0].decode


def _decode(self: ValidationError, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["loc"]
    v = _d0(v)
    put(self, "loc", v)
    v = raw["msg"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "msg", v)
    v = raw["type"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "type", v)
    v = get("ctx", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "ctx", v)
    v = get("input", UNSET)

    put(self, "input", v)


ValidationError._fast_ = _decode


_values = ValidationError._values_


def _dump_json(self: ValidationError) -> dict[str, Any]:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
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
        "loc": v0,
        "msg": v1,
        "type": v2,
        "ctx": v3,
        "input": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ValidationError._dump_json = _dump_json  # type: ignore[method-assign,assignment]
