from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = DeploymentSchedule._values_


def _dump_json(self: DeploymentSchedule) -> dict[str, Any]:
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
        v6,
        v7,
        v8,
    ) = _values(self)
    if v0.__class__ is _datetime:
        us = v0.microsecond
        if us and v0.tzinfo is _utc:
            y = v0.year
            v0 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v0.month]}-{_D2[v0.day]}"
                f"T{_D2[v0.hour]}:{_D2[v0.minute]}:{_D2[v0.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v0 = _iso(v0)
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is UUID:
        v1 = v1.int.to_bytes(16).hex("-", 2)
        v1 = v1[:4] + v1[5:29] + v1[30:34] + v1[35:]
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
    if v3.__class__ is _datetime:
        us = v3.microsecond
        if us and v3.tzinfo is _utc:
            y = v3.year
            v3 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v3.month]}-{_D2[v3.day]}"
                f"T{_D2[v3.hour]}:{_D2[v3.minute]}:{_D2[v3.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v3 = _iso(v3)
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
    if v5.__class__ is UUID:
        v5 = v5.int.to_bytes(16).hex("-", 2)
        v5 = v5[:4] + v5[5:29] + v5[30:34] + v5[35:]
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ is dict:
        v7 = _dump_dict(v7) if v7 else {}
    elif v7.__class__ is list:
        v7 = _dump_list(v7) if v7 else []
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    out: dict[str, Any] = {
        "created": v0,
        "id": v1,
        "schedule": v2,
        "updated": v3,
        "active": v4,
        "deployment_id": v5,
        "max_scheduled_runs": v6,
        "parameters": v7,
        "slug": v8,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentSchedule._dump_json = _dump_json  # type: ignore[method-assign,assignment]
