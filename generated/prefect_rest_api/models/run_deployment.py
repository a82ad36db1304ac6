from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.run_deployment_source import RunDeploymentSource


@_attrs_define(kw_only=True)
class RunDeployment(_t.Model):
    """Runs the given deployment with the given parameters

    Attributes:
        deployment_id (UUID | None | Unset): The identifier of the deployment
        job_variables (dict[str, Any] | None | Unset): The job variables to pass to the created flow
            run, or None to use the deployment's default job variables
        parameters (dict[str, Any] | None | Unset): The parameters to pass to the deployment, or
            None to use the deployment's default parameters
        schedule_after (_dt.timedelta | Unset): The amount of time to wait before running the
            deployment. Defaults to running the deployment immediately.
        source (RunDeploymentSource | Unset): Whether this Action applies to a specific selected
            deployment (given by `deployment_id`), or to a deployment that is inferred from the
            triggering event.  If the source is 'inferred', the `deployment_id` may not be set.  If the
            source is 'selected', the `deployment_id` must be set. Default:
            RunDeploymentSource.SELECTED.
        type (Literal['run-deployment'] | Unset):  Default: 'run-deployment'.
    """

    deployment_id: UUID | None | Unset = UNSET
    job_variables: dict[str, Any] | None | Unset = UNSET
    parameters: dict[str, Any] | None | Unset = UNSET
    schedule_after: _dt.timedelta | Unset = UNSET
    source: RunDeploymentSource | Unset = UNSET
    type: Literal["run-deployment"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    RunDeployment,
    _t.Field("deployment_id", "deployment_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("job_variables", "job_variables", _t.union(_t.OBJECT, _t.NONE), False, default=None),
    _t.Field("parameters", "parameters", _t.union(_t.OBJECT, _t.NONE), False, default=None),
    _t.Field("schedule_after", "schedule_after", _t.DURATION, False),
    _t.Field(
        "source",
        "source",
        _t.enum_of("run_deployment_source", "RunDeploymentSource"),
        False,
        default="selected",
    ),
    _t.Field("type", "type", _t.const("run-deployment"), False, default="run-deployment"),
    consts=(("type", "run-deployment"),),
)

_d3 = RunDeployment._fields_[3].decode
_d4 = RunDeployment._fields_[4].decode
_d5 = RunDeployment._fields_[5].decode


def _decode(self: RunDeployment, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployment_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "deployment_id", v)
    v = get("job_variables", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "job_variables", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "parameters", v)
    v = get("schedule_after", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d3(v)
    put(self, "schedule_after", v)
    v = get("source", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "source", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "type", v)


RunDeployment._fast_ = _decode


def _dump_json(self: RunDeployment) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.deployment_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["deployment_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["deployment_id"] = v
    elif v is not UNSET:
        out["deployment_id"] = _dj(v)
    v = self.job_variables
    if v.__class__ in _PLAIN:
        out["job_variables"] = v
    elif v is not UNSET:
        out["job_variables"] = _dj(v)
    v = self.parameters
    if v.__class__ in _PLAIN:
        out["parameters"] = v
    elif v is not UNSET:
        out["parameters"] = _dj(v)
    v = self.schedule_after
    if v.__class__ in _PLAIN:
        out["schedule_after"] = v
    elif v is not UNSET:
        out["schedule_after"] = _dj(v)
    v = self.source
    if isinstance(v, _Enum):
        out["source"] = v._value_
    elif v.__class__ in _PLAIN:
        out["source"] = v
    elif v is not UNSET:
        out["source"] = _dj(v)
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


RunDeployment._dump_json = _dump_json  # type: ignore[method-assign,assignment]
