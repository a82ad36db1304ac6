from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class StateDetails(_t.Model):
    """StateDetails

    Attributes:
        cache_expiration (datetime.datetime | None | Unset):
        cache_key (str | None | Unset):
        child_flow_run_id (UUID | None | Unset):
        deferred (bool | None | Unset):  Default: False.
        deployment_concurrency_lease_id (UUID | None | Unset):
        flow_run_id (UUID | None | Unset):
        pause_key (str | None | Unset):
        pause_reschedule (bool | Unset):  Default: False.
        pause_timeout (datetime.datetime | None | Unset):
        refresh_cache (bool | None | Unset):
        retriable (bool | None | Unset):
        run_input_keyset (dict[str, str] | None | Unset):
        scheduled_time (datetime.datetime | None | Unset):
        task_parameters_id (UUID | None | Unset):
        task_run_id (UUID | None | Unset):
        traceparent (str | None | Unset):
        transition_id (UUID | None | Unset):
        untrackable_result (bool | Unset):  Default: False.
    """

    cache_expiration: datetime.datetime | None | Unset = UNSET
    cache_key: str | None | Unset = UNSET
    child_flow_run_id: UUID | None | Unset = UNSET
    deferred: bool | None | Unset = UNSET
    deployment_concurrency_lease_id: UUID | None | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    pause_key: str | None | Unset = UNSET
    pause_reschedule: bool | Unset = UNSET
    pause_timeout: datetime.datetime | None | Unset = UNSET
    refresh_cache: bool | None | Unset = UNSET
    retriable: bool | None | Unset = UNSET
    run_input_keyset: dict[str, str] | None | Unset = UNSET
    scheduled_time: datetime.datetime | None | Unset = UNSET
    task_parameters_id: UUID | None | Unset = UNSET
    task_run_id: UUID | None | Unset = UNSET
    traceparent: str | None | Unset = UNSET
    transition_id: UUID | None | Unset = UNSET
    untrackable_result: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    StateDetails,
    _t.Field(
        "cache_expiration", "cache_expiration", _t.union(_t.DATETIME, _t.NONE), False, default=None
    ),
    _t.Field("cache_key", "cache_key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "child_flow_run_id", "child_flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None
    ),
    _t.Field("deferred", "deferred", _t.union(_t.BOOL, _t.NONE), False, default=False),
    _t.Field(
        "deployment_concurrency_lease_id",
        "deployment_concurrency_lease_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("pause_key", "pause_key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("pause_reschedule", "pause_reschedule", _t.BOOL, False, default=False),
    _t.Field("pause_timeout", "pause_timeout", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("refresh_cache", "refresh_cache", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field("retriable", "retriable", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field(
        "run_input_keyset",
        "run_input_keyset",
        _t.union(_t.dict_of(_t.STR), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "scheduled_time", "scheduled_time", _t.union(_t.DATETIME, _t.NONE), False, default=None
    ),
    _t.Field(
        "task_parameters_id", "task_parameters_id", _t.union(_t.UUID_, _t.NONE), False, default=None
    ),
    _t.Field("task_run_id", "task_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("traceparent", "traceparent", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("transition_id", "transition_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("untrackable_result", "untrackable_result", _t.BOOL, False, default=False),
)

_d11 = StateDetails._fields_[11].decode


def _decode(self: StateDetails, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("cache_expiration", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "cache_expiration", v)
    v = get("cache_key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "cache_key", v)
    v = get("child_flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "child_flow_run_id", v)
    v = get("deferred", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "deferred", v)
    v = get("deployment_concurrency_lease_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "deployment_concurrency_lease_id", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)
    v = get("pause_key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "pause_key", v)
    v = get("pause_reschedule", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "pause_reschedule", v)
    v = get("pause_timeout", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "pause_timeout", v)
    v = get("refresh_cache", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "refresh_cache", v)
    v = get("retriable", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "retriable", v)
    v = get("run_input_keyset", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "run_input_keyset", v)
    v = get("scheduled_time", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "scheduled_time", v)
    v = get("task_parameters_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "task_parameters_id", v)
    v = get("task_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "task_run_id", v)
    v = get("traceparent", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "traceparent", v)
    v = get("transition_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "transition_id", v)
    v = get("untrackable_result", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "untrackable_result", v)


StateDetails._fast_ = _decode


def _dump_json(self: StateDetails) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.cache_expiration
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["cache_expiration"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["cache_expiration"] = v
    elif v is not UNSET:
        out["cache_expiration"] = _dj(v)
    v = self.cache_key
    if v.__class__ in _PLAIN:
        out["cache_key"] = v
    elif v is not UNSET:
        out["cache_key"] = _dj(v)
    v = self.child_flow_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["child_flow_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["child_flow_run_id"] = v
    elif v is not UNSET:
        out["child_flow_run_id"] = _dj(v)
    v = self.deferred
    if v.__class__ in _PLAIN:
        out["deferred"] = v
    elif v is not UNSET:
        out["deferred"] = _dj(v)
    v = self.deployment_concurrency_lease_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["deployment_concurrency_lease_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["deployment_concurrency_lease_id"] = v
    elif v is not UNSET:
        out["deployment_concurrency_lease_id"] = _dj(v)
    v = self.flow_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    v = self.pause_key
    if v.__class__ in _PLAIN:
        out["pause_key"] = v
    elif v is not UNSET:
        out["pause_key"] = _dj(v)
    v = self.pause_reschedule
    if v.__class__ in _PLAIN:
        out["pause_reschedule"] = v
    elif v is not UNSET:
        out["pause_reschedule"] = _dj(v)
    v = self.pause_timeout
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["pause_timeout"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["pause_timeout"] = v
    elif v is not UNSET:
        out["pause_timeout"] = _dj(v)
    v = self.refresh_cache
    if v.__class__ in _PLAIN:
        out["refresh_cache"] = v
    elif v is not UNSET:
        out["refresh_cache"] = _dj(v)
    v = self.retriable
    if v.__class__ in _PLAIN:
        out["retriable"] = v
    elif v is not UNSET:
        out["retriable"] = _dj(v)
    v = self.run_input_keyset
    if v.__class__ in _PLAIN:
        out["run_input_keyset"] = v
    elif v is not UNSET:
        out["run_input_keyset"] = _dj(v)
    v = self.scheduled_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["scheduled_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["scheduled_time"] = v
    elif v is not UNSET:
        out["scheduled_time"] = _dj(v)
    v = self.task_parameters_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["task_parameters_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["task_parameters_id"] = v
    elif v is not UNSET:
        out["task_parameters_id"] = _dj(v)
    v = self.task_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["task_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["task_run_id"] = v
    elif v is not UNSET:
        out["task_run_id"] = _dj(v)
    v = self.traceparent
    if v.__class__ in _PLAIN:
        out["traceparent"] = v
    elif v is not UNSET:
        out["traceparent"] = _dj(v)
    v = self.transition_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["transition_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["transition_id"] = v
    elif v is not UNSET:
        out["transition_id"] = _dj(v)
    v = self.untrackable_result
    if v.__class__ in _PLAIN:
        out["untrackable_result"] = v
    elif v is not UNSET:
        out["untrackable_result"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


StateDetails._dump_json = _dump_json  # type: ignore[method-assign,assignment]
