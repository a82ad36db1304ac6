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


_values = TasksSettings._values_


def _dump_json(self: TasksSettings) -> dict[str, Any]:
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
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    out: dict[str, Any] = {
        "default_no_cache": v0,
        "default_persist_result": v1,
        "default_retries": v2,
        "default_retry_delay_seconds": v3,
        "disable_caching": v4,
        "refresh_cache": v5,
        "runner": v6,
        "scheduling": v7,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TasksSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
