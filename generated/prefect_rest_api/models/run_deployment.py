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
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = RunDeployment._values_


def _dump_json(self: RunDeployment) -> dict[str, Any]:
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
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is _td:
        v3 = v3.total_seconds()
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
    if v5.__class__ is dict:
        v5 = _dump_dict(v5) if v5 else {}
    elif v5.__class__ is list:
        v5 = _dump_list(v5) if v5 else []
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "deployment_id": v0,
        "job_variables": v1,
        "parameters": v2,
        "schedule_after": v3,
        "source": v4,
        "type": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


RunDeployment._dump_json = _dump_json  # type: ignore[method-assign,assignment]
