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


def _dump_json(self: TaskRunCreate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.dynamic_key
    if v.__class__ in _PLAIN:
        out["dynamic_key"] = v
    elif v is not UNSET:
        out["dynamic_key"] = _dj(v)
    v = self.task_key
    if v.__class__ in _PLAIN:
        out["task_key"] = v
    elif v is not UNSET:
        out["task_key"] = _dj(v)
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
    v = self.empirical_policy
    if isinstance(v, _t.Model):
        out["empirical_policy"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["empirical_policy"] = v
    elif v is not UNSET:
        out["empirical_policy"] = _dj(v)
    v = self.flow_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.labels
    if v.__class__ in _PLAIN:
        out["labels"] = v
    elif v is not UNSET:
        out["labels"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.state
    if isinstance(v, _t.Model):
        out["state"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["state"] = v
    elif v is not UNSET:
        out["state"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    v = self.task_inputs
    if v.__class__ in _PLAIN:
        out["task_inputs"] = v
    elif v is not UNSET:
        out["task_inputs"] = _dj(v)
    v = self.task_version
    if v.__class__ in _PLAIN:
        out["task_version"] = v
    elif v is not UNSET:
        out["task_version"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
