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


_values = LogFilter._values_


def _dump_json(self: LogFilter) -> dict[str, Any]:
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
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _Enum):
        v2 = v2._value_
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
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
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "flow_run_id": v0,
        "level": v1,
        "operator": v2,
        "task_run_id": v3,
        "text": v4,
        "timestamp": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


LogFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
