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


def _dump_json(self: ArtifactCollectionFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.flow_run_id
    if isinstance(v, _t.Model):
        out["flow_run_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    v = self.key
    if isinstance(v, _t.Model):
        out["key"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["key"] = v
    elif v is not UNSET:
        out["key"] = _dj(v)
    v = self.latest_id
    if isinstance(v, _t.Model):
        out["latest_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["latest_id"] = v
    elif v is not UNSET:
        out["latest_id"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    v = self.task_run_id
    if isinstance(v, _t.Model):
        out["task_run_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["task_run_id"] = v
    elif v is not UNSET:
        out["task_run_id"] = _dj(v)
    v = self.type
    if isinstance(v, _t.Model):
        out["type"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ArtifactCollectionFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
