from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
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


_values = StateDetails._values_


def _dump_json(self: StateDetails) -> dict[str, Any]:
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
        v9,
        v10,
        v11,
        v12,
        v13,
        v14,
        v15,
        v16,
        v17,
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
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is UUID:
        v4 = v4.int.to_bytes(16).hex("-", 2)
        v4 = v4[:4] + v4[5:29] + v4[30:34] + v4[35:]
    elif v4 is not None and v4.__class__ not in _PLAIN:
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
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is _datetime:
        us = v8.microsecond
        if us and v8.tzinfo is _utc:
            y = v8.year
            v8 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v8.month]}-{_D2[v8.day]}"
                f"T{_D2[v8.hour]}:{_D2[v8.minute]}:{_D2[v8.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v8 = _iso(v8)
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if v11.__class__ is dict:
        v11 = _dump_dict(v11) if v11 else {}
    elif v11.__class__ is list:
        v11 = _dump_list(v11) if v11 else []
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if v12.__class__ is _datetime:
        us = v12.microsecond
        if us and v12.tzinfo is _utc:
            y = v12.year
            v12 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v12.month]}-{_D2[v12.day]}"
                f"T{_D2[v12.hour]}:{_D2[v12.minute]}:{_D2[v12.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v12 = _iso(v12)
    elif v12 is not None and v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    if v13.__class__ is UUID:
        v13 = v13.int.to_bytes(16).hex("-", 2)
        v13 = v13[:4] + v13[5:29] + v13[30:34] + v13[35:]
    elif v13 is not None and v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    if v14.__class__ is UUID:
        v14 = v14.int.to_bytes(16).hex("-", 2)
        v14 = v14[:4] + v14[5:29] + v14[30:34] + v14[35:]
    elif v14 is not None and v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    if v16.__class__ is UUID:
        v16 = v16.int.to_bytes(16).hex("-", 2)
        v16 = v16[:4] + v16[5:29] + v16[30:34] + v16[35:]
    elif v16 is not None and v16.__class__ not in _PLAIN:
        if v16 is UNSET:
            gone = True
        else:
            v16 = _dj(v16)
    if v17.__class__ not in _PLAIN:
        if v17 is UNSET:
            gone = True
        else:
            v17 = _dj(v17)
    out: dict[str, Any] = {
        "cache_expiration": v0,
        "cache_key": v1,
        "child_flow_run_id": v2,
        "deferred": v3,
        "deployment_concurrency_lease_id": v4,
        "flow_run_id": v5,
        "pause_key": v6,
        "pause_reschedule": v7,
        "pause_timeout": v8,
        "refresh_cache": v9,
        "retriable": v10,
        "run_input_keyset": v11,
        "scheduled_time": v12,
        "task_parameters_id": v13,
        "task_run_id": v14,
        "traceparent": v15,
        "transition_id": v16,
        "untrackable_result": v17,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


StateDetails._dump_json = _dump_json  # type: ignore[method-assign,assignment]
