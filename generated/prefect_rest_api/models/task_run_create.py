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
    from ..models.constant import Constant
    from ..models.flow_run_result import FlowRunResult
    from ..models.parameter import Parameter
    from ..models.state_create import StateCreate
    from ..models.task_run_policy import TaskRunPolicy
    from ..models.task_run_result import TaskRunResult


@_attrs_define(kw_only=True)
class TaskRunCreate(_t.Model):
    """Data used by the Prefect REST API to create a task run

    Attributes:
        dynamic_key (str): A dynamic key used to differentiate between multiple runs of the same
            task within the same flow run.
        task_key (str): A unique identifier for the task being run.
        cache_expiration (datetime.datetime | None | Unset): Specifies when the cached state should
            expire.
        cache_key (str | None | Unset): An optional cache key. If a COMPLETED state associated with
            this cache key is found, the cached COMPLETED state will be used instead of executing the
            task run.
        empirical_policy (TaskRunPolicy | Unset): Defines of how a task run should retry.
        flow_run_id (UUID | None | Unset): The flow run id of the task run.
        id (UUID | None | Unset): The ID to assign to the task run. If not provided, a random UUID
            will be generated.
        labels (dict[str, bool | int | float | str] | None | Unset): A dictionary of key-value
            labels. Values can be strings, numbers, or booleans.
        name (str | Unset):
        state (StateCreate | None | Unset): The state of the task run to create
        tags (list[str] | Unset): A list of tags for the task run.
        task_inputs (dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] | Unset):
            The inputs to the task run.
        task_version (str | None | Unset): The version of the task being run.
    """

    dynamic_key: str
    task_key: str
    cache_expiration: datetime.datetime | None | Unset = UNSET
    cache_key: str | None | Unset = UNSET
    empirical_policy: TaskRunPolicy | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    id: UUID | None | Unset = UNSET
    labels: dict[str, bool | int | float | str] | None | Unset = UNSET
    name: str | Unset = UNSET
    state: StateCreate | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    task_inputs: dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] | Unset = (
        UNSET
    )
    task_version: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunCreate,
    _t.Field("dynamic_key", "dynamic_key", _t.STR, True),
    _t.Field("task_key", "task_key", _t.STR, True),
    _t.Field(
        "cache_expiration", "cache_expiration", _t.union(_t.DATETIME, _t.NONE), False, default=None
    ),
    _t.Field("cache_key", "cache_key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("task_run_policy", "TaskRunPolicy"), False
    ),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("id", "id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("name", "name", _t.STR, False),
    _t.Field(
        "state",
        "state",
        _t.union(_t.model("state_create", "StateCreate"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
    _t.Field(
        "task_inputs",
        "task_inputs",
        _t.dict_of(
            _t.list_of(
                _t.union(
                    _t.model("task_run_result", "TaskRunResult"),
                    _t.model("flow_run_result", "FlowRunResult"),
                    _t.model("parameter", "Parameter"),
                    _t.model("constant", "Constant"),
                )
            )
        ),
        False,
        default={},
    ),
    _t.Field("task_version", "task_version", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d4 = TaskRunCreate._fields_[4].decode
_d7 = TaskRunCreate._fields_[7].decode
_d9 = TaskRunCreate._fields_[9].decode
_d11 = TaskRunCreate._fields_[11].decode


def _decode(self: TaskRunCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["dynamic_key"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "dynamic_key", v)
    v = raw["task_key"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "task_key", v)
    v = get("cache_expiration", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "cache_expiration", v)
    v = get("cache_key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "cache_key", v)
    v = get("empirical_policy", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "empirical_policy", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)
    v = get("id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "id", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "labels", v)
    v = get("name", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("state", UNSET)
    if v is not UNSET:
        v = _d9(v)
    put(self, "state", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)
    v = get("task_inputs", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "task_inputs", v)
    v = get("task_version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "task_version", v)


TaskRunCreate._fast_ = _decode


_values = TaskRunCreate._values_


def _dump_json(self: TaskRunCreate) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is _datetime:
        us = v2.microsecond
        if us and v2.tzinfo is _utc:
            y = v2.year
            v2 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v2.month]}-{_D2[v2.day]}"
                f"T{_D2[v2.hour]}:{_D2[v2.minute]}:{_D2[v2.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v2 = _iso(v2)
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
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
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
    if v6.__class__ is UUID:
        v6 = v6.int.to_bytes(16).hex("-", 2)
        v6 = v6[:4] + v6[5:29] + v6[30:34] + v6[35:]
    elif v6 is not None and v6.__class__ not in _PLAIN:
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
    if isinstance(v9, _t.Model):
        v9 = v9._dump_json()
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ is dict:
        v10 = _dump_dict(v10) if v10 else {}
    elif v10.__class__ is list:
        v10 = _dump_list(v10) if v10 else []
    elif v10 is not None and v10.__class__ not in _PLAIN:
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
    if v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    out: dict[str, Any] = {
        "dynamic_key": v0,
        "task_key": v1,
        "cache_expiration": v2,
        "cache_key": v3,
        "empirical_policy": v4,
        "flow_run_id": v5,
        "id": v6,
        "labels": v7,
        "name": v8,
        "state": v9,
        "tags": v10,
        "task_inputs": v11,
        "task_version": v12,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
