from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.cron_schedule import CronSchedule
    from ..models.interval_schedule import IntervalSchedule
    from ..models.r_rule_schedule import RRuleSchedule


@_attrs_define(kw_only=True)
class DeploymentScheduleUpdate(_t.Model):
    """DeploymentScheduleUpdate

    Attributes:
        active (bool | None | Unset): Whether or not the schedule is active.
        max_scheduled_runs (int | None | Unset): The maximum number of scheduled runs for the
            schedule.
        parameters (dict[str, Any] | Unset): A dictionary of parameter value overrides.
        replaces (str | None | Unset): The slug of an existing schedule that this schedule replaces.
            Used for renaming slugs.
        schedule (IntervalSchedule | CronSchedule | RRuleSchedule | None | Unset): The schedule for
            the deployment.
        slug (str | None | Unset): A unique identifier for the schedule.
    """

    active: bool | None | Unset = UNSET
    max_scheduled_runs: int | None | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    replaces: str | None | Unset = UNSET
    schedule: IntervalSchedule | CronSchedule | RRuleSchedule | None | Unset = UNSET
    slug: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentScheduleUpdate,
    _t.Field("active", "active", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field(
        "max_scheduled_runs", "max_scheduled_runs", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("parameters", "parameters", _t.OBJECT, False, default={}),
    _t.Field("replaces", "replaces", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "schedule",
        "schedule",
        _t.union(
            _t.model("interval_schedule", "IntervalSchedule"),
            _t.model("cron_schedule", "CronSchedule"),
            _t.model("r_rule_schedule", "RRuleSchedule"),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field("slug", "slug", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d4 = DeploymentScheduleUpdate._fields_[4].decode


def _decode(self: DeploymentScheduleUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("active", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "active", v)
    v = get("max_scheduled_runs", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "max_scheduled_runs", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "parameters", v)
    v = get("replaces", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "replaces", v)
    v = get("schedule", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "schedule", v)
    v = get("slug", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "slug", v)


DeploymentScheduleUpdate._fast_ = _decode


def _dump_json(self: DeploymentScheduleUpdate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.active
    if v.__class__ in _PLAIN:
        out["active"] = v
    elif v is not UNSET:
        out["active"] = _dj(v)
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
    v = self.replaces
    if v.__class__ in _PLAIN:
        out["replaces"] = v
    elif v is not UNSET:
        out["replaces"] = _dj(v)
    v = self.schedule
    if v.__class__ in _PLAIN:
        out["schedule"] = v
    elif v is not UNSET:
        out["schedule"] = _dj(v)
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


DeploymentScheduleUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
