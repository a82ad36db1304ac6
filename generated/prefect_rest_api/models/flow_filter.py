from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_filter_deployment import FlowFilterDeployment
    from ..models.flow_filter_id import FlowFilterId
    from ..models.flow_filter_name import FlowFilterName
    from ..models.flow_filter_tags import FlowFilterTags
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class FlowFilter(_t.Model):
    """Filter for flows. Only flows matching all criteria will be returned.

    Attributes:
        deployment (FlowFilterDeployment | None | Unset): Filter criteria for Flow deployments
        id (FlowFilterId | None | Unset): Filter criteria for `Flow.id`
        name (FlowFilterName | None | Unset): Filter criteria for `Flow.name`
        operator (Operator | Unset): Operators for combining filter criteria.
        tags (FlowFilterTags | None | Unset): Filter criteria for `Flow.tags`
    """

    deployment: FlowFilterDeployment | None | Unset = UNSET
    id: FlowFilterId | None | Unset = UNSET
    name: FlowFilterName | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    tags: FlowFilterTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowFilter,
    _t.Field(
        "deployment",
        "deployment",
        _t.union(_t.model("flow_filter_deployment", "FlowFilterDeployment"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("flow_filter_id", "FlowFilterId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("flow_filter_name", "FlowFilterName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "tags",
        "tags",
        _t.union(_t.model("flow_filter_tags", "FlowFilterTags"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = FlowFilter._fields_[0].decode
_d1 = FlowFilter._fields_[1].decode
_d2 = FlowFilter._fields_[2].decode
_d3 = FlowFilter._fields_[3].decode
_d4 = FlowFilter._fields_[4].decode


def _decode(self: FlowFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployment", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "deployment", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "id", v)
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "name", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "operator", v)
    v = get("tags", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "tags", v)


FlowFilter._fast_ = _decode


_values = FlowFilter._values_


def _dump_json(self: FlowFilter) -> dict[str, Any]:
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
    if isinstance(v3, _Enum):
        v3 = v3._value_
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "deployment": v0,
        "id": v1,
        "name": v2,
        "operator": v3,
        "tags": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
