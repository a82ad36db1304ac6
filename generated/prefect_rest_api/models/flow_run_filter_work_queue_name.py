from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class FlowRunFilterWorkQueueName(_t.Model):
    """Filter by `FlowRun.work_queue_name`.

    Attributes:
        any_ (list[str] | None | Unset): A list of work queue names to include
        is_null_ (bool | None | Unset): If true, only include flow runs without work queue names
        operator (Operator | Unset): Operators for combining filter criteria.
    """

    any_: list[str] | None | Unset = UNSET
    is_null_: bool | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunFilterWorkQueueName,
    _t.Field("any_", "any_", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("is_null_", "is_null_", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
)

_d2 = FlowRunFilterWorkQueueName._fields_[2].decode


def _decode(self: FlowRunFilterWorkQueueName, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("any_", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "any_", v)
    v = get("is_null_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "is_null_", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "operator", v)


FlowRunFilterWorkQueueName._fast_ = _decode
