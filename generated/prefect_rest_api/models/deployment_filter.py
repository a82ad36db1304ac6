from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.deployment_filter_concurrency_limit import (
        DeploymentFilterConcurrencyLimit,
    )
    from ..models.deployment_filter_id import DeploymentFilterId
    from ..models.deployment_filter_name import DeploymentFilterName
    from ..models.deployment_filter_paused import DeploymentFilterPaused
    from ..models.deployment_filter_tags import DeploymentFilterTags
    from ..models.deployment_filter_work_queue_name import DeploymentFilterWorkQueueName
    from ..models.deployment_or_flow_name_filter import DeploymentOrFlowNameFilter
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class DeploymentFilter(_t.Model):
    """Filter for deployments. Only deployments matching all criteria will be returned.

    Attributes:
        concurrency_limit (DeploymentFilterConcurrencyLimit | None | Unset): DEPRECATED: Prefer
            `Deployment.concurrency_limit_id` over `Deployment.concurrency_limit`. If provided, will be
            ignored for backwards-compatibility. Will be removed after December 2024.
        flow_or_deployment_name (DeploymentOrFlowNameFilter | None | Unset): Filter criteria for
            `Deployment.name` or `Flow.name`
        id (DeploymentFilterId | None | Unset): Filter criteria for `Deployment.id`
        name (DeploymentFilterName | None | Unset): Filter criteria for `Deployment.name`
        operator (Operator | Unset): Operators for combining filter criteria.
        paused (DeploymentFilterPaused | None | Unset): Filter criteria for `Deployment.paused`
        tags (DeploymentFilterTags | None | Unset): Filter criteria for `Deployment.tags`
        work_queue_name (DeploymentFilterWorkQueueName | None | Unset): Filter criteria for
            `Deployment.work_queue_name`
    """

    concurrency_limit: DeploymentFilterConcurrencyLimit | None | Unset = UNSET
    flow_or_deployment_name: DeploymentOrFlowNameFilter | None | Unset = UNSET
    id: DeploymentFilterId | None | Unset = UNSET
    name: DeploymentFilterName | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    paused: DeploymentFilterPaused | None | Unset = UNSET
    tags: DeploymentFilterTags | None | Unset = UNSET
    work_queue_name: DeploymentFilterWorkQueueName | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentFilter,
    _t.Field(
        "concurrency_limit",
        "concurrency_limit",
        _t.union(
            _t.model("deployment_filter_concurrency_limit", "DeploymentFilterConcurrencyLimit"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "flow_or_deployment_name",
        "flow_or_deployment_name",
        _t.union(_t.model("deployment_or_flow_name_filter", "DeploymentOrFlowNameFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("deployment_filter_id", "DeploymentFilterId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("deployment_filter_name", "DeploymentFilterName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "paused",
        "paused",
        _t.union(_t.model("deployment_filter_paused", "DeploymentFilterPaused"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "tags",
        "tags",
        _t.union(_t.model("deployment_filter_tags", "DeploymentFilterTags"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "work_queue_name",
        "work_queue_name",
        _t.union(
            _t.model("deployment_filter_work_queue_name", "DeploymentFilterWorkQueueName"), _t.NONE
        ),
        False,
        default=None,
    ),
)

_d0 = DeploymentFilter._fields_[0].decode
_d1 = DeploymentFilter._fields_[1].decode
_d2 = DeploymentFilter._fields_[2].decode
_d3 = DeploymentFilter._fields_[3].decode
_d4 = DeploymentFilter._fields_[4].decode
_d5 = DeploymentFilter._fields_[5].decode
_d6 = DeploymentFilter._fields_[6].decode
_d7 = DeploymentFilter._fields_[7].decode


def _decode(self: DeploymentFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("concurrency_limit", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "concurrency_limit", v)
    v = get("flow_or_deployment_name", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "flow_or_deployment_name", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "id", v)
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "name", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "operator", v)
    v = get("paused", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "paused", v)
    v = get("tags", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "tags", v)
    v = get("work_queue_name", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "work_queue_name", v)


DeploymentFilter._fast_ = _decode


_values = DeploymentFilter._values_


def _dump_json(self: DeploymentFilter) -> dict[str, Any]:
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
        v4,
        v5,
        v6,
        v7,
    ) = _values(self)
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _Enum):
        v4 = v4._value_
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    out: dict[str, Any] = {
        "concurrency_limit": v0,
        "flow_or_deployment_name": v1,
        "id": v2,
        "name": v3,
        "operator": v4,
        "paused": v5,
        "tags": v6,
        "work_queue_name": v7,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
