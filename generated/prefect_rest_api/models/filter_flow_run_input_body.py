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


_values = FilterFlowRunInputBody._values_


def _dump_json(self: FilterFlowRunInputBody) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "prefix": v0,
        "exclude_keys": v1,
        "limit": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FilterFlowRunInputBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
