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


_values = BulkDeleteFlowsBody._values_


def _dump_json(self: BulkDeleteFlowsBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (
        v0,
        v1,
    ) = _values(self)
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    out: dict[str, Any] = {
        "flows": v0,
        "limit": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BulkDeleteFlowsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
