from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class FlowRunFilterIdempotencyKey(_t.Model):
    """Filter by FlowRun.idempotency_key.

    Attributes:
        any_ (list[str] | None | Unset): A list of flow run idempotency keys to include
        not_any_ (list[str] | None | Unset): A list of flow run idempotency keys to exclude
    """

    any_: list[str] | None | Unset = UNSET
    not_any_: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    FlowRunFilterIdempotencyKey,
    _t.Field("any_", "any_", _t.union(_t.list_of(_t.STR), _t.NONE), False),
    _t.Field("not_any_", "not_any_", _t.union(_t.list_of(_t.STR), _t.NONE), False),
)
