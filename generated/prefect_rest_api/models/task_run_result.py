from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class TaskRunResult(_t.Model):
    """Represents a task run result input to another task run.

    Attributes:
        id (UUID):
        input_type (Literal['task_run'] | Unset):  Default: 'task_run'.
    """

    id: UUID
    input_type: Literal["task_run"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunResult,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("input_type", "input_type", _t.const("task_run"), False, default="task_run"),
    consts=(("input_type", "task_run"),),
)

_d1 = TaskRunResult._fields_[1].decode


def _decode(self: TaskRunResult, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = get("input_type", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "input_type", v)


TaskRunResult._fast_ = _decode


def _dump_json(self: TaskRunResult) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.input_type
    if v.__class__ in _PLAIN:
        out["input_type"] = v
    elif v is not UNSET:
        out["input_type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunResult._dump_json = _dump_json  # type: ignore[method-assign,assignment]
