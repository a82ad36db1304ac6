from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.saved_search_filter import SavedSearchFilter


@_attrs_define(kw_only=True)
class SavedSearchCreate(_t.Model):
    """Data used by the Prefect REST API to create a saved search.

    Attributes:
        name (str): The name of the saved search.
        filters (list[SavedSearchFilter] | Unset): The filter set for the saved search.
    """

    name: str
    filters: list[SavedSearchFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SavedSearchCreate,
    _t.Field("name", "name", _t.STR, True),
    _t.Field(
        "filters",
        "filters",
        _t.list_of(_t.model("saved_search_filter", "SavedSearchFilter")),
        False,
        default=[],
    ),
)

_d1 = SavedSearchCreate._fields_[1].decode


def _decode(self: SavedSearchCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("filters", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "filters", v)


SavedSearchCreate._fast_ = _decode


def _dump_json(self: SavedSearchCreate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.filters
    if v.__class__ in _PLAIN:
        out["filters"] = v
    elif v is not UNSET:
        out["filters"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SavedSearchCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
