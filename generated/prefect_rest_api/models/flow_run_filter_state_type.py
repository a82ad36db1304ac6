from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class FlowRunFilterStateType(_t.Model):
    """Filter by `FlowRun.state_type`.

    Attributes:
        any_ (list[StateType] | None | Unset): A list of flow run state types to include
        not_any_ (list[StateType] | None | Unset): A list of flow run state types to exclude
    """

    any_: list[StateType] | None | Unset = UNSET
    not_any_: list[StateType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    FlowRunFilterStateType,
    _t.Field(
        "any_", "any_", _t.union(_t.list_of(_t.enum_of("state_type", "StateType")), _t.NONE), False
    ),
    _t.Field(
        "not_any_",
        "not_any_",
        _t.union(_t.list_of(_t.enum_of("state_type", "StateType")), _t.NONE),
        False,
    ),
)
