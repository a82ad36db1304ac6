from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

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


def _dump_json(self: BulkDeleteFlowsBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.flows
    if isinstance(v, _t.Model):
        out["flows"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flows"] = v
    elif v is not UNSET:
        out["flows"] = _dj(v)
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BulkDeleteFlowsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
