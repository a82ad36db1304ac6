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


_values = ReadTaskWorkersBody._values_


def _dump_json(self: ReadTaskWorkersBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (v0,) = _values(self)
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    out: dict[str, Any] = {
        "task_worker_filter": v0,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadTaskWorkersBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
