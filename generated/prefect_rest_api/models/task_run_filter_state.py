from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.operator import Operator
    from ..models.task_run_filter_state_name import TaskRunFilterStateName
    from ..models.task_run_filter_state_type import TaskRunFilterStateType


@_attrs_define(kw_only=True)
class TaskRunFilterState(_t.Model):
    """Filter by `TaskRun.type` and `TaskRun.name`.

    Attributes:
        name (TaskRunFilterStateName | None | Unset): Filter criteria for `TaskRun.state_name`
        operator (Operator | Unset): Operators for combining filter criteria.
        type (TaskRunFilterStateType | None | Unset): Filter criteria for `TaskRun.state_type`
    """

    name: TaskRunFilterStateName | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    type: TaskRunFilterStateType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunFilterState,
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("task_run_filter_state_name", "TaskRunFilterStateName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "type",
        "type",
        _t.union(_t.model("task_run_filter_state_type", "TaskRunFilterStateType"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = TaskRunFilterState._fields_[0].decode
_d1 = TaskRunFilterState._fields_[1].decode
_d2 = TaskRunFilterState._fields_[2].decode


def _decode(self: TaskRunFilterState, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "name", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "operator", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "type", v)


TaskRunFilterState._fast_ = _decode


def _dump_json(self: TaskRunFilterState) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if isinstance(v, _t.Model):
        out["name"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    v = self.type
    if isinstance(v, _t.Model):
        out["type"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunFilterState._dump_json = _dump_json  # type: ignore[method-assign,assignment]
