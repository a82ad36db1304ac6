from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
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


def _dump_json(self: ValidationError) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.loc
    if v.__class__ in _PLAIN:
        out["loc"] = v
    elif v is not UNSET:
        out["loc"] = _dj(v)
    v = self.msg
    if v.__class__ in _PLAIN:
        out["msg"] = v
    elif v is not UNSET:
        out["msg"] = _dj(v)
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    v = self.ctx
    if v.__class__ in _PLAIN:
        out["ctx"] = v
    elif v is not UNSET:
        out["ctx"] = _dj(v)
    v = self.input
    if v.__class__ in _PLAIN:
        out["input"] = v
    elif v is not UNSET:
        out["input"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ValidationError._dump_json = _dump_json  # type: ignore[method-assign,assignment]
