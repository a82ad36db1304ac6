from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.log_filter_flow_run_id import LogFilterFlowRunId
    from ..models.log_filter_level import LogFilterLevel
    from ..models.log_filter_task_run_id import LogFilterTaskRunId
    from ..models.log_filter_text_search import LogFilterTextSearch
    from ..models.log_filter_timestamp import LogFilterTimestamp
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class LogFilter(_t.Model):
    """Filter logs. Only logs matching all criteria will be returned

    Attributes:
        flow_run_id (LogFilterFlowRunId | None | Unset): Filter criteria for `Log.flow_run_id`
        level (LogFilterLevel | None | Unset): Filter criteria for `Log.level`
        operator (Operator | Unset): Operators for combining filter criteria.
        task_run_id (LogFilterTaskRunId | None | Unset): Filter criteria for `Log.task_run_id`
        text (LogFilterTextSearch | None | Unset): Filter criteria for text search across log
            content
        timestamp (LogFilterTimestamp | None | Unset): Filter criteria for `Log.timestamp`
    """

    flow_run_id: LogFilterFlowRunId | None | Unset = UNSET
    level: LogFilterLevel | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    task_run_id: LogFilterTaskRunId | None | Unset = UNSET
    text: LogFilterTextSearch | None | Unset = UNSET
    timestamp: LogFilterTimestamp | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    LogFilter,
    _t.Field(
        "flow_run_id",
        "flow_run_id",
        _t.union(_t.model("log_filter_flow_run_id", "LogFilterFlowRunId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "level",
        "level",
        _t.union(_t.model("log_filter_level", "LogFilterLevel"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "task_run_id",
        "task_run_id",
        _t.union(_t.model("log_filter_task_run_id", "LogFilterTaskRunId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "text",
        "text",
        _t.union(_t.model("log_filter_text_search", "LogFilterTextSearch"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "timestamp",
        "timestamp",
        _t.union(_t.model("log_filter_timestamp", "LogFilterTimestamp"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = LogFilter._fields_[0].decode
_d1 = LogFilter._fields_[1].decode
_d2 = LogFilter._fields_[2].decode
_d3 = LogFilter._fields_[3].decode
_d4 = LogFilter._fields_[4].decode
_d5 = LogFilter._fields_[5].decode


def _decode(self: LogFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("flow_run_id", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "flow_run_id", v)
    v = get("level", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "level", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "operator", v)
    v = get("task_run_id", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "task_run_id", v)
    v = get("text", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "text", v)
    v = get("timestamp", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "timestamp", v)


LogFilter._fast_ = _decode


def _dump_json(self: LogFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.flow_run_id
    if isinstance(v, _t.Model):
        out["flow_run_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    v = self.level
    if isinstance(v, _t.Model):
        out["level"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["level"] = v
    elif v is not UNSET:
        out["level"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    v = self.task_run_id
    if isinstance(v, _t.Model):
        out["task_run_id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["task_run_id"] = v
    elif v is not UNSET:
        out["task_run_id"] = _dj(v)
    v = self.text
    if isinstance(v, _t.Model):
        out["text"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["text"] = v
    elif v is not UNSET:
        out["text"] = _dj(v)
    v = self.timestamp
    if isinstance(v, _t.Model):
        out["timestamp"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["timestamp"] = v
    elif v is not UNSET:
        out["timestamp"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


LogFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
