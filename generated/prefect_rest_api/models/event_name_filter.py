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


_values = EventNameFilter._values_


def _dump_json(self: EventNameFilter) -> dict[str, Any]:
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
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
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
    out: dict[str, Any] = {
        "exclude_name": v0,
        "exclude_prefix": v1,
        "name": v2,
        "prefix": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventNameFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
