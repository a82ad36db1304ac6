from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_filter import FlowFilter


@_attrs_define(kw_only=True)
class BulkDeleteFlowsBody(_t.Model):
    """BulkDeleteFlowsBody

    Attributes:
        flows (FlowFilter | None | Unset): Filter criteria for flows to delete
        limit (int | Unset): Maximum number of flows to delete. Defaults to 50. Default: 50.
    """

    flows: FlowFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BulkDeleteFlowsBody,
    _t.Field(
        "flows",
        "flows",
        _t.union(_t.model("flow_filter", "FlowFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("limit", "limit", _t.INT, False, default=50),
)

_d0 = BulkDeleteFlowsBody._fields_[0].decode


def _decode(self: BulkDeleteFlowsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("flows", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "flows", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)


BulkDeleteFlowsBody._fast_ = _decode
