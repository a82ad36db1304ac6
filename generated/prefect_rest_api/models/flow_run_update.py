from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_policy import FlowRunPolicy


@_attrs_define(kw_only=True)
class FlowRunUpdate(_t.Model):
    """Data used by the Prefect REST API to update a flow run.

    Attributes:
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        flow_version (str | None | Unset):
        infrastructure_pid (str | None | Unset):
        job_variables (dict[str, Any] | None | Unset):
        name (str | None | Unset):
        parameters (dict[str, Any] | Unset):
        tags (list[str] | Unset):
    """

    empirical_policy: FlowRunPolicy | Unset = UNSET
    flow_version: str | None | Unset = UNSET
    infrastructure_pid: str | None | Unset = UNSET
    job_variables: dict[str, Any] | None | Unset = UNSET
    name: str | None | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunUpdate,
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("flow_run_policy", "FlowRunPolicy"), False
    ),
    _t.Field("flow_version", "flow_version", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "infrastructure_pid", "infrastructure_pid", _t.union(_t.STR, _t.NONE), False, default=None
    ),
    _t.Field("job_variables", "job_variables", _t.union(_t.OBJECT, _t.NONE), False, default=None),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("parameters", "parameters", _t.OBJECT, False, default={}),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
)

_d0 = FlowRunUpdate._fields_[0].decode


def _decode(self: FlowRunUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("empirical_policy", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "empirical_policy", v)
    v = get("flow_version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "flow_version", v)
    v = get("infrastructure_pid", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "infrastructure_pid", v)
    v = get("job_variables", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "job_variables", v)
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "parameters", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)


FlowRunUpdate._fast_ = _decode


def _dump_json(self: FlowRunUpdate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.empirical_policy
    if isinstance(v, _t.Model):
        out["empirical_policy"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["empirical_policy"] = v
    elif v is not UNSET:
        out["empirical_policy"] = _dj(v)
    v = self.flow_version
    if v.__class__ in _PLAIN:
        out["flow_version"] = v
    elif v is not UNSET:
        out["flow_version"] = _dj(v)
    v = self.infrastructure_pid
    if v.__class__ in _PLAIN:
        out["infrastructure_pid"] = v
    elif v is not UNSET:
        out["infrastructure_pid"] = _dj(v)
    v = self.job_variables
    if v.__class__ in _PLAIN:
        out["job_variables"] = v
    elif v is not UNSET:
        out["job_variables"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.parameters
    if v.__class__ in _PLAIN:
        out["parameters"] = v
    elif v is not UNSET:
        out["parameters"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
