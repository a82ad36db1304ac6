from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.artifact_collection_filter import ArtifactCollectionFilter
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter


@_attrs_define(kw_only=True)
class CountLatestArtifactsBody(_t.Model):
    """CountLatestArtifactsBody

    Attributes:
        artifacts (ArtifactCollectionFilter | Unset): Filter artifact collections. Only artifact
            collections matching all criteria will be returned
        deployments (DeploymentFilter | Unset): Filter for deployments. Only deployments matching
            all criteria will be returned.
        flow_runs (FlowRunFilter | Unset): Filter flow runs. Only flow runs matching all criteria
            will be returned
        flows (FlowFilter | Unset): Filter for flows. Only flows matching all criteria will be
            returned.
        task_runs (TaskRunFilter | Unset): Filter task runs. Only task runs matching all criteria
            will be returned
    """

    artifacts: ArtifactCollectionFilter | Unset = UNSET
    deployments: DeploymentFilter | Unset = UNSET
    flow_runs: FlowRunFilter | Unset = UNSET
    flows: FlowFilter | Unset = UNSET
    task_runs: TaskRunFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CountLatestArtifactsBody,
    _t.Field(
        "artifacts",
        "artifacts",
        _t.model("artifact_collection_filter", "ArtifactCollectionFilter"),
        False,
    ),
    _t.Field(
        "deployments", "deployments", _t.model("deployment_filter", "DeploymentFilter"), False
    ),
    _t.Field("flow_runs", "flow_runs", _t.model("flow_run_filter", "FlowRunFilter"), False),
    _t.Field("flows", "flows", _t.model("flow_filter", "FlowFilter"), False),
    _t.Field("task_runs", "task_runs", _t.model("task_run_filter", "TaskRunFilter"), False),
)

_d0 = CountLatestArtifactsBody._fields_[0].decode
_d1 = CountLatestArtifactsBody._fields_[1].decode
_d2 = CountLatestArtifactsBody._fields_[2].decode
_d3 = CountLatestArtifactsBody._fields_[3].decode
_d4 = CountLatestArtifactsBody._fields_[4].decode


def _decode(self: CountLatestArtifactsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("artifacts", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "artifacts", v)
    v = get("deployments", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "deployments", v)
    v = get("flow_runs", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "flow_runs", v)
    v = get("flows", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "flows", v)
    v = get("task_runs", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "task_runs", v)


CountLatestArtifactsBody._fast_ = _decode


_values = CountLatestArtifactsBody._values_


def _dump_json(self: CountLatestArtifactsBody) -> dict[str, Any]:
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
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
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
        "artifacts": v0,
        "deployments": v1,
        "flow_runs": v2,
        "flows": v3,
        "task_runs": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CountLatestArtifactsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
