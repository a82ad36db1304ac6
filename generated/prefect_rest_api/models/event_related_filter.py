from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.resource_specification import ResourceSpecification


@_attrs_define(kw_only=True)
class EventRelatedFilter(_t.Model):
    """EventRelatedFilter

    Attributes:
        id (list[str] | None | Unset): Only include events for related resources with these IDs
        labels (ResourceSpecification | None | Unset): Only include events for related resources
            with these labels
        resources_in_roles (list[list[str]] | None | Unset): Only include events with specific
            related resources in specific roles
        role (list[str] | None | Unset): Only include events for related resources in these roles
    """

    id: list[str] | None | Unset = UNSET
    labels: ResourceSpecification | None | Unset = UNSET
    resources_in_roles: list[list[str]] | None | Unset = UNSET
    role: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventRelatedFilter,
    _t.Field("id", "id", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.model("resource_specification", "ResourceSpecification"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "resources_in_roles",
        "resources_in_roles",
        _t.union(_t.list_of(_t.list_of(_t.union(_t.STR))), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("role", "role", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
)

_d1 = EventRelatedFilter._fields_[1].decode
_d2 = EventRelatedFilter._fields_[2].decode


def _decode(self: EventRelatedFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("id", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "id", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "labels", v)
    v = get("resources_in_roles", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "resources_in_roles", v)
    v = get("role", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "role", v)


EventRelatedFilter._fast_ = _decode


def _dump_json(self: EventRelatedFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.labels
    if isinstance(v, _t.Model):
        out["labels"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["labels"] = v
    elif v is not UNSET:
        out["labels"] = _dj(v)
    v = self.resources_in_roles
    if v.__class__ in _PLAIN:
        out["resources_in_roles"] = v
    elif v is not UNSET:
        out["resources_in_roles"] = _dj(v)
    v = self.role
    if v.__class__ in _PLAIN:
        out["role"] = v
    elif v is not UNSET:
        out["role"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventRelatedFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
