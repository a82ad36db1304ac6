from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.variable_filter import VariableFilter
    from ..models.variable_sort import VariableSort


@_attrs_define(kw_only=True)
class ReadVariablesBody(_t.Model):
    """ReadVariablesBody

    Attributes:
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        offset (int | Unset):  Default: 0.
        sort (VariableSort | Unset): Defines variables sorting options.
        variables (VariableFilter | None | Unset):
    """

    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort: VariableSort | Unset = UNSET
    variables: VariableFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadVariablesBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False, default=0),
    _t.Field("sort", "sort", _t.enum_of("variable_sort", "VariableSort"), False),
    _t.Field(
        "variables",
        "variables",
        _t.union(_t.model("variable_filter", "VariableFilter"), _t.NONE),
        False,
        default=None,
    ),
)

_d2 = ReadVariablesBody._fields_[2].decode
_d3 = ReadVariablesBody._fields_[3].decode


def _decode(self: ReadVariablesBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("offset", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "offset", v)
    v = get("sort", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "sort", v)
    v = get("variables", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "variables", v)


ReadVariablesBody._fast_ = _decode


def _dump_json(self: ReadVariablesBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    v = self.offset
    if v.__class__ in _PLAIN:
        out["offset"] = v
    elif v is not UNSET:
        out["offset"] = _dj(v)
    v = self.sort
    if isinstance(v, _Enum):
        out["sort"] = v._value_
    elif v.__class__ in _PLAIN:
        out["sort"] = v
    elif v is not UNSET:
        out["sort"] = _dj(v)
    v = self.variables
    if isinstance(v, _t.Model):
        out["variables"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["variables"] = v
    elif v is not UNSET:
        out["variables"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadVariablesBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
