from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class EventNameFilter(_t.Model):
    """EventNameFilter

    Attributes:
        exclude_name (list[str] | None | Unset): Exclude events matching one of these names exactly
        exclude_prefix (list[str] | None | Unset): Exclude events matching one of these prefixes
        name (list[str] | None | Unset): Only include events matching one of these names exactly
        prefix (list[str] | None | Unset): Only include events matching one of these prefixes
    """

    exclude_name: list[str] | None | Unset = UNSET
    exclude_prefix: list[str] | None | Unset = UNSET
    name: list[str] | None | Unset = UNSET
    prefix: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventNameFilter,
    _t.Field(
        "exclude_name", "exclude_name", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None
    ),
    _t.Field(
        "exclude_prefix",
        "exclude_prefix",
        _t.union(_t.list_of(_t.STR), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("name", "name", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("prefix", "prefix", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
)


def _decode(self: EventNameFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("exclude_name", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "exclude_name", v)
    v = get("exclude_prefix", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "exclude_prefix", v)
    v = get("name", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "name", v)
    v = get("prefix", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "prefix", v)


EventNameFilter._fast_ = _decode


def _dump_json(self: EventNameFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.exclude_name
    if v.__class__ in _PLAIN:
        out["exclude_name"] = v
    elif v is not UNSET:
        out["exclude_name"] = _dj(v)
    v = self.exclude_prefix
    if v.__class__ in _PLAIN:
        out["exclude_prefix"] = v
    elif v is not UNSET:
        out["exclude_prefix"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.prefix
    if v.__class__ in _PLAIN:
        out["prefix"] = v
    elif v is not UNSET:
        out["prefix"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventNameFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
