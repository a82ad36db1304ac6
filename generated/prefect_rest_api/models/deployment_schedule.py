from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid
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
