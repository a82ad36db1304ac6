from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.saved_search_filter import SavedSearchFilter


@_attrs_define(kw_only=True)
class SavedSearch(_t.Model):
    """An ORM representation of saved search data. Represents a set of filter criteria.

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of the saved search.
        updated (datetime.datetime | None):
        filters (list[SavedSearchFilter] | Unset): The filter set for the saved search.
    """

    created: datetime.datetime | None
    id: UUID
    name: str
    updated: datetime.datetime | None
    filters: list[SavedSearchFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SavedSearch,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "filters",
        "filters",
        _t.list_of(_t.model("saved_search_filter", "SavedSearchFilter")),
        False,
        default=[],
    ),
)

_d4 = SavedSearch._fields_[4].decode


def _decode(self: SavedSearch, raw: dict[str, Any]) -> None:
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
    v = get("filters", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "filters", v)


SavedSearch._fast_ = _decode
