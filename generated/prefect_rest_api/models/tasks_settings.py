from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.tasks_runner_settings import TasksRunnerSettings
    from ..models.tasks_scheduling_settings import TasksSchedulingSettings


@_attrs_define(kw_only=True)
class TasksSettings(_t.Model):
    """TasksSettings

    Attributes:
        default_no_cache (bool | Unset): If `True`, sets the default cache policy on all tasks to
            `NO_CACHE`. Default: False.
        default_persist_result (bool | None | Unset): If `True`, results will be persisted by
            default for all tasks. Set to `False` to disable persistence by default. Note that setting
            to `False` will override the behavior set by a parent flow or task.
        default_retries (int | Unset): This value sets the default number of retries for all tasks.
            Default: 0.
        default_retry_delay_seconds (str | int | float | list[float] | None | Unset): This value
            sets the default retry delay seconds for all tasks. Default: '0'.
        disable_caching (bool | Unset): If `True`, disables caching on all tasks regardless of cache
            policy. Default: False.
        refresh_cache (bool | Unset): If `True`, enables a refresh of cached results: re-executing
            the task will refresh the cached results. Default: False.
        runner (TasksRunnerSettings | Unset):
        scheduling (TasksSchedulingSettings | Unset):
    """

    default_no_cache: bool | Unset = UNSET
    default_persist_result: bool | None | Unset = UNSET
    default_retries: int | Unset = UNSET
    default_retry_delay_seconds: str | int | float | list[float] | None | Unset = UNSET
    disable_caching: bool | Unset = UNSET
    refresh_cache: bool | Unset = UNSET
    runner: TasksRunnerSettings | Unset = UNSET
    scheduling: TasksSchedulingSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TasksSettings,
    _t.Field("default_no_cache", "default_no_cache", _t.BOOL, False, default=False),
    _t.Field(
        "default_persist_result",
        "default_persist_result",
        _t.union(_t.BOOL, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("default_retries", "default_retries", _t.INT, False, default=0),
    _t.Field(
        "default_retry_delay_seconds",
        "default_retry_delay_seconds",
        _t.union(_t.STR, _t.INT, _t.FLOAT, _t.list_of(_t.FLOAT), _t.NONE),
        False,
        default="0",
    ),
    _t.Field("disable_caching", "disable_caching", _t.BOOL, False, default=False),
    _t.Field("refresh_cache", "refresh_cache", _t.BOOL, False, default=False),
    _t.Field("runner", "runner", _t.model("tasks_runner_settings", "TasksRunnerSettings"), False),
    _t.Field(
        "scheduling",
        "scheduling",
        _t.model("tasks_scheduling_settings", "TasksSchedulingSettings"),
        False,
    ),
)

_d3 = TasksSettings._fields_[3].decode
_d6 = TasksSettings._fields_[6].decode
_d7 = TasksSettings._fields_[7].decode


def _decode(self: TasksSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("default_no_cache", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "default_no_cache", v)
    v = get("default_persist_result", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "default_persist_result", v)
    v = get("default_retries", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "default_retries", v)
    v = get("default_retry_delay_seconds", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "default_retry_delay_seconds", v)
    v = get("disable_caching", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "disable_caching", v)
    v = get("refresh_cache", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "refresh_cache", v)
    v = get("runner", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "runner", v)
    v = get("scheduling", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "scheduling", v)


TasksSettings._fast_ = _decode


def _dump_json(self: TasksSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.default_no_cache
    if v.__class__ in _PLAIN:
        out["default_no_cache"] = v
    elif v is not UNSET:
        out["default_no_cache"] = _dj(v)
    v = self.default_persist_result
    if v.__class__ in _PLAIN:
        out["default_persist_result"] = v
    elif v is not UNSET:
        out["default_persist_result"] = _dj(v)
    v = self.default_retries
    if v.__class__ in _PLAIN:
        out["default_retries"] = v
    elif v is not UNSET:
        out["default_retries"] = _dj(v)
    v = self.default_retry_delay_seconds
    if v.__class__ in _PLAIN:
        out["default_retry_delay_seconds"] = v
    elif v is not UNSET:
        out["default_retry_delay_seconds"] = _dj(v)
    v = self.disable_caching
    if v.__class__ in _PLAIN:
        out["disable_caching"] = v
    elif v is not UNSET:
        out["disable_caching"] = _dj(v)
    v = self.refresh_cache
    if v.__class__ in _PLAIN:
        out["refresh_cache"] = v
    elif v is not UNSET:
        out["refresh_cache"] = _dj(v)
    v = self.runner
    if isinstance(v, _t.Model):
        out["runner"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["runner"] = v
    elif v is not UNSET:
        out["runner"] = _dj(v)
    v = self.scheduling
    if isinstance(v, _t.Model):
        out["scheduling"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["scheduling"] = v
    elif v is not UNSET:
        out["scheduling"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TasksSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
