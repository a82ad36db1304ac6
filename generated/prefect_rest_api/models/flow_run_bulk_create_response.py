from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_create_result import FlowRunCreateResult


@_attrs_define(kw_only=True)
class FlowRunBulkCreateResponse(_t.Model):
    """Response from bulk flow run creation.

    Attributes:
        results (list[FlowRunCreateResult] | Unset):
    """

    results: list[FlowRunCreateResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunBulkCreateResponse,
    _t.Field(
        "results",
        "results",
        _t.list_of(_t.model("flow_run_create_result", "FlowRunCreateResult")),
        False,
        default=[],
    ),
)

_d0 = FlowRunBulkCreateResponse._fields_[0].decode


def _decode(self: FlowRunBulkCreateResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("results", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "results", v)


FlowRunBulkCreateResponse._fast_ = _decode
