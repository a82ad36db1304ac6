from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class TaskWorkerFilter(_t.Model):
    """TaskWorkerFilter

    Attributes:
        task_keys (list[str]):
    """

    task_keys: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskWorkerFilter,
    _t.Field("task_keys", "task_keys", _t.list_of(_t.STR), True),
)


def _decode(self: TaskWorkerFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["task_keys"]
    if v.__class__ is not list or any(x.__class__ is not str for x in v):
        raise TypeError
    put(self, "task_keys", v)


TaskWorkerFilter._fast_ = _decode


def _dump_json(self: TaskWorkerFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.task_keys
    if v.__class__ in _PLAIN:
        out["task_keys"] = v
    elif v is not UNSET:
        out["task_keys"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskWorkerFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
