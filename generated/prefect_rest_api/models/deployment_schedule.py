from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.cron_schedule import CronSchedule
    from ..models.interval_schedule import IntervalSchedule
    from ..models.r_rule_schedule import RRuleSchedule


@_attrs_define(kw_only=True)
class DeploymentSchedule(_t.Model):
    """DeploymentSchedule

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        schedule (IntervalSchedule | CronSchedule | RRuleSchedule): The schedule for the deployment.
        updated (datetime.datetime | None):
        active (bool | Unset): Whether or not the schedule is active. Default: True.
        deployment_id (UUID | None | Unset): The deployment id associated with this schedule.
        max_scheduled_runs (int | None | Unset): The maximum number of scheduled runs for the
            schedule.
        parameters (dict[str, Any] | Unset): A dictionary of parameter value overrides.
        slug (str | None | Unset): A unique slug for the schedule.
    """

    created: datetime.datetime | None
    id: UUID
    schedule: IntervalSchedule | CronSchedule | RRuleSchedule
    updated: datetime.datetime | None
    active: bool | Unset = UNSET
    deployment_id: UUID | None | Unset = UNSET
    max_scheduled_runs: int | None | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    slug: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentSchedule,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field(
        "schedule",
        "schedule",
        _t.union(
            _t.model("interval_schedule", "IntervalSchedule"),
            _t.model("cron_schedule", "CronSchedule"),
            _t.model("r_rule_schedule", "RRuleSchedule"),
        ),
        True,
    ),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("active", "active", _t.BOOL, False, default=True),
    _t.Field("deployment_id", "deployment_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field(
        "max_scheduled_runs", "max_scheduled_runs", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("parameters", "parameters", _t.OBJECT, False, default={}),
    _t.Field("slug", "slug", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d2 = DeploymentSchedule._fields_[2].decode


def _decode(self: DeploymentSchedule, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["schedule"]
    v = _d2(v)
    put(self, "schedule", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("active", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "active", v)
    v = get("deployment_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "deployment_id", v)
    v = get("max_scheduled_runs", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "max_scheduled_runs", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "parameters", v)
    v = get("slug", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "slug", v)


DeploymentSchedule._fast_ = _decode


def _dump_json(self: DeploymentSchedule) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.schedule
    if v.__class__ in _PLAIN:
        out["schedule"] = v
    elif v is not UNSET:
        out["schedule"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.active
    if v.__class__ in _PLAIN:
        out["active"] = v
    elif v is not UNSET:
        out["active"] = _dj(v)
    v = self.deployment_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["deployment_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["deployment_id"] = v
    elif v is not UNSET:
        out["deployment_id"] = _dj(v)
    v = self.max_scheduled_runs
    if v.__class__ in _PLAIN:
        out["max_scheduled_runs"] = v
    elif v is not UNSET:
        out["max_scheduled_runs"] = _dj(v)
    v = self.parameters
    if v.__class__ in _PLAIN:
        out["parameters"] = v
    elif v is not UNSET:
        out["parameters"] = _dj(v)
    v = self.slug
    if v.__class__ in _PLAIN:
        out["slug"] = v
    elif v is not UNSET:
        out["slug"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentSchedule._dump_json = _dump_json  # type: ignore[method-assign,assignment]
