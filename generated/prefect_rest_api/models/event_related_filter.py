from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

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


_t.fields(
    EventRelatedFilter,
    _t.Field("id", "id", _t.union(_t.list_of(_t.STR), _t.NONE), False),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.model("resource_specification", "ResourceSpecification"), _t.NONE),
        False,
    ),
    _t.Field(
        "resources_in_roles",
        "resources_in_roles",
        _t.union(_t.list_of(_t.list_of(_t.union(_t.STR))), _t.NONE),
        False,
    ),
    _t.Field("role", "role", _t.union(_t.list_of(_t.STR), _t.NONE), False),
)
