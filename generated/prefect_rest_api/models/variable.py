from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid
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
