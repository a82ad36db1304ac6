from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class Variable(_t.Model):
    """Variable

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of the variable
        updated (datetime.datetime | None):
        value (str | int | bool | float | dict[str, Any] | list[Any] | None): The value of the
            variable
        tags (list[str] | Unset): A list of variable tags
    """

    created: datetime.datetime | None
    id: UUID
    name: str
    updated: datetime.datetime | None
    value: str | int | bool | float | dict[str, Any] | list[Any] | None
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Variable,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "value",
        "value",
        _t.union(_t.STR, _t.INT, _t.BOOL, _t.FLOAT, _t.OBJECT, _t.list_of(_t.ANY), _t.NONE),
        True,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
)

_d4 = Variable._fields_[4].decode


def _decode(self: Variable, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = raw["value"]
    v = _d4(v)
    put(self, "value", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)


Variable._fast_ = _decode


def _dump_json(self: Variable) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.value
    if v.__class__ in _PLAIN:
        out["value"] = v
    elif v is not UNSET:
        out["value"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Variable._dump_json = _dump_json  # type: ignore[method-assign,assignment]
