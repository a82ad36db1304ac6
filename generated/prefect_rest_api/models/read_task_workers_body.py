from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.task_worker_filter import TaskWorkerFilter


@_attrs_define(kw_only=True)
class ReadTaskWorkersBody(_t.Model):
    """ReadTaskWorkersBody

    Attributes:
        task_worker_filter (TaskWorkerFilter | None | Unset): The task worker filter
    """

    task_worker_filter: TaskWorkerFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadTaskWorkersBody,
    _t.Field(
        "task_worker_filter",
        "task_worker_filter",
        _t.union(_t.model("task_worker_filter", "TaskWorkerFilter"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = ReadTaskWorkersBody._fields_[0].decode


def _decode(self: ReadTaskWorkersBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("task_worker_filter", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "task_worker_filter", v)


ReadTaskWorkersBody._fast_ = _decode


def _dump_json(self: ReadTaskWorkersBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.task_worker_filter
    if isinstance(v, _t.Model):
        out["task_worker_filter"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["task_worker_filter"] = v
    elif v is not UNSET:
        out["task_worker_filter"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadTaskWorkersBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
