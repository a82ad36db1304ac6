from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.worker_status import WorkerStatus


@_attrs_define(kw_only=True)
class WorkerFilterStatus(_t.Model):
    """Filter by `Worker.status`.

    Attributes:
        any_ (list[WorkerStatus] | None | Unset): A list of worker statuses to include
        not_any_ (list[WorkerStatus] | None | Unset): A list of worker statuses to exclude
    """

    any_: list[WorkerStatus] | None | Unset = UNSET
    not_any_: list[WorkerStatus] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerFilterStatus,
    _t.Field(
        "any_",
        "any_",
        _t.union(_t.list_of(_t.enum_of("worker_status", "WorkerStatus")), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "not_any_",
        "not_any_",
        _t.union(_t.list_of(_t.enum_of("worker_status", "WorkerStatus")), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = WorkerFilterStatus._fields_[0].decode
_d1 = WorkerFilterStatus._fields_[1].decode


def _decode(self: WorkerFilterStatus, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("any_", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "any_", v)
    v = get("not_any_", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "not_any_", v)


WorkerFilterStatus._fast_ = _decode


def _dump_json(self: WorkerFilterStatus) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.any_
    if v.__class__ in _PLAIN:
        out["any_"] = v
    elif v is not UNSET:
        out["any_"] = _dj(v)
    v = self.not_any_
    if v.__class__ in _PLAIN:
        out["not_any_"] = v
    elif v is not UNSET:
        out["not_any_"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerFilterStatus._dump_json = _dump_json  # type: ignore[method-assign,assignment]
