from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class FilterFlowRunInputBody(_t.Model):
    """FilterFlowRunInputBody

    Attributes:
        prefix (str): The input key prefix
        exclude_keys (list[str] | Unset): Exclude inputs with these keys
        limit (int | Unset): The maximum number of results to return Default: 1.
    """

    prefix: str
    exclude_keys: list[str] | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FilterFlowRunInputBody,
    _t.Field("prefix", "prefix", _t.STR, True),
    _t.Field("exclude_keys", "exclude_keys", _t.list_of(_t.STR), False, default=[]),
    _t.Field("limit", "limit", _t.INT, False, default=1),
)


def _decode(self: FilterFlowRunInputBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["prefix"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "prefix", v)
    v = get("exclude_keys", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "exclude_keys", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)


FilterFlowRunInputBody._fast_ = _decode


def _dump_json(self: FilterFlowRunInputBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.prefix
    if v.__class__ in _PLAIN:
        out["prefix"] = v
    elif v is not UNSET:
        out["prefix"] = _dj(v)
    v = self.exclude_keys
    if v.__class__ in _PLAIN:
        out["exclude_keys"] = v
    elif v is not UNSET:
        out["exclude_keys"] = _dj(v)
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FilterFlowRunInputBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
