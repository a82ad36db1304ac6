from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class CreateFlowRunInputBody(_t.Model):
    """CreateFlowRunInputBody

    Attributes:
        key (str): The input key
        value (str): The value of the input
        sender (str | None | Unset): The sender of the input
    """

    key: str
    value: str
    sender: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CreateFlowRunInputBody,
    _t.Field("key", "key", _t.STR, True),
    _t.Field("value", "value", _t.STR, True),
    _t.Field("sender", "sender", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: CreateFlowRunInputBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["key"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "key", v)
    v = raw["value"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "value", v)
    v = get("sender", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "sender", v)


CreateFlowRunInputBody._fast_ = _decode


def _dump_json(self: CreateFlowRunInputBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.key
    if v.__class__ in _PLAIN:
        out["key"] = v
    elif v is not UNSET:
        out["key"] = _dj(v)
    v = self.value
    if v.__class__ in _PLAIN:
        out["value"] = v
    elif v is not UNSET:
        out["value"] = _dj(v)
    v = self.sender
    if v.__class__ in _PLAIN:
        out["sender"] = v
    elif v is not UNSET:
        out["sender"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CreateFlowRunInputBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
