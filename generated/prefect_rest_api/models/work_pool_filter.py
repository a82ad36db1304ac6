from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator import Operator
    from ..models.work_pool_filter_id import WorkPoolFilterId
    from ..models.work_pool_filter_name import WorkPoolFilterName
    from ..models.work_pool_filter_type import WorkPoolFilterType


@_attrs_define(kw_only=True)
class WorkPoolFilter(_t.Model):
    """Filter work pools. Only work pools matching all criteria will be returned

    Attributes:
        id (WorkPoolFilterId | None | Unset): Filter criteria for `WorkPool.id`
        name (WorkPoolFilterName | None | Unset): Filter criteria for `WorkPool.name`
        operator (Operator | Unset): Operators for combining filter criteria.
        type (WorkPoolFilterType | None | Unset): Filter criteria for `WorkPool.type`
    """

    id: WorkPoolFilterId | None | Unset = UNSET
    name: WorkPoolFilterName | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    type: WorkPoolFilterType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    WorkPoolFilter,
    _t.Field(
        "id", "id", _t.union(_t.model("work_pool_filter_id", "WorkPoolFilterId"), _t.NONE), False
    ),
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("work_pool_filter_name", "WorkPoolFilterName"), _t.NONE),
        False,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "type",
        "type",
        _t.union(_t.model("work_pool_filter_type", "WorkPoolFilterType"), _t.NONE),
        False,
    ),
)
