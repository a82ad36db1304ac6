from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.artifact_collection_filter_flow_run_id import (
        ArtifactCollectionFilterFlowRunId,
    )
    from ..models.artifact_collection_filter_key import ArtifactCollectionFilterKey
    from ..models.artifact_collection_filter_latest_id import (
        ArtifactCollectionFilterLatestId,
    )
    from ..models.artifact_collection_filter_task_run_id import (
        ArtifactCollectionFilterTaskRunId,
    )
    from ..models.artifact_collection_filter_type import ArtifactCollectionFilterType
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class ArtifactCollectionFilter(_t.Model):
    """Filter artifact collections. Only artifact collections matching all criteria will be returned

    Attributes:
        flow_run_id (ArtifactCollectionFilterFlowRunId | None | Unset): Filter criteria for
            `Artifact.flow_run_id`
        key (ArtifactCollectionFilterKey | None | Unset): Filter criteria for `Artifact.key`
        latest_id (ArtifactCollectionFilterLatestId | None | Unset): Filter criteria for
            `Artifact.id`
        operator (Operator | Unset): Operators for combining filter criteria.
        task_run_id (ArtifactCollectionFilterTaskRunId | None | Unset): Filter criteria for
            `Artifact.task_run_id`
        type (ArtifactCollectionFilterType | None | Unset): Filter criteria for `Artifact.type`
    """

    flow_run_id: ArtifactCollectionFilterFlowRunId | None | Unset = UNSET
    key: ArtifactCollectionFilterKey | None | Unset = UNSET
    latest_id: ArtifactCollectionFilterLatestId | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    task_run_id: ArtifactCollectionFilterTaskRunId | None | Unset = UNSET
    type: ArtifactCollectionFilterType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ArtifactCollectionFilter,
    _t.Field(
        "flow_run_id",
        "flow_run_id",
        _t.union(
            _t.model("artifact_collection_filter_flow_run_id", "ArtifactCollectionFilterFlowRunId"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "key",
        "key",
        _t.union(
            _t.model("artifact_collection_filter_key", "ArtifactCollectionFilterKey"), _t.NONE
        ),
        False,
        default=None,
    ),
    _t.Field(
        "latest_id",
        "latest_id",
        _t.union(
            _t.model("artifact_collection_filter_latest_id", "ArtifactCollectionFilterLatestId"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "task_run_id",
        "task_run_id",
        _t.union(
            _t.model("artifact_collection_filter_task_run_id", "ArtifactCollectionFilterTaskRunId"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "type",
        "type",
        _t.union(
            _t.model("artifact_collection_filter_type", "ArtifactCollectionFilterType"), _t.NONE
        ),
        False,
        default=None,
    ),
)

_d0 = ArtifactCollectionFilter._fields_[0].decode
_d1 = ArtifactCollectionFilter._fields_[1].decode
_d2 = ArtifactCollectionFilter._fields_[2].decode
_d3 = ArtifactCollectionFilter._fields_[3].decode
_d4 = ArtifactCollectionFilter._fields_[4].decode
_d5 = ArtifactCollectionFilter._fields_[5].decode


def _decode(self: ArtifactCollectionFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("flow_run_id", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "flow_run_id", v)
    v = get("key", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "key", v)
    v = get("latest_id", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "latest_id", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "operator", v)
    v = get("task_run_id", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "task_run_id", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "type", v)


ArtifactCollectionFilter._fast_ = _decode


_values = ArtifactCollectionFilter._values_


def _dump_json(self: ArtifactCollectionFilter) -> dict[str, Any]:
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
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "flow_run_id": v0,
        "key": v1,
        "latest_id": v2,
        "operator": v3,
        "task_run_id": v4,
        "type": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ArtifactCollectionFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
