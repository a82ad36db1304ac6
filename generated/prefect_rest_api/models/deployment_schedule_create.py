from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.cron_schedule import CronSchedule
    from ..models.interval_schedule import IntervalSchedule
    from ..models.r_rule_schedule import RRuleSchedule


@_attrs_define(kw_only=True)
class DeploymentScheduleCreate(_t.Model):
    """DeploymentScheduleCreate

    Attributes:
        schedule (IntervalSchedule | CronSchedule | RRuleSchedule): The schedule for the deployment.
        active (bool | Unset): Whether or not the schedule is active. Default: True.
        max_scheduled_runs (int | None | Unset): The maximum number of scheduled runs for the
            schedule.
        parameters (dict[str, Any] | Unset): A dictionary of parameter value overrides.
        replaces (str | None | Unset): The slug of an existing schedule that this schedule replaces.
            Used for renaming slugs.
        slug (str | None | Unset): A unique identifier for the schedule.
    """

    schedule: IntervalSchedule | CronSchedule | RRuleSchedule
    active: bool | Unset = UNSET
    max_scheduled_runs: int | None | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    replaces: str | None | Unset = UNSET
    slug: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentScheduleCreate,
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
    _t.Field("active", "active", _t.BOOL, False, default=True),
    _t.Field(
        "max_scheduled_runs", "max_scheduled_runs", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("parameters", "parameters", _t.OBJECT, False, default={}),
    _t.Field("replaces", "replaces", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("slug", "slug", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d0 = DeploymentScheduleCreate._fields_[0].decode


def _decode(self: DeploymentScheduleCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["schedule"]
    v = _d0(v)
    put(self, "schedule", v)
    v = get("active", UNSET)
    if v is not UNSET and v.__class__ is not bool:
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
    v = get("slug", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "slug", v)


DeploymentScheduleCreate._fast_ = _decode


_values = DeploymentScheduleCreate._values_


def _dump_json(self: DeploymentScheduleCreate) -> dict[str, Any]:
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
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "schedule": v0,
        "active": v1,
        "max_scheduled_runs": v2,
        "parameters": v3,
        "replaces": v4,
        "slug": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentScheduleCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
