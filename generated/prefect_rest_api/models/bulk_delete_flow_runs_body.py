from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_filter import FlowRunFilter


@_attrs_define(kw_only=True)
class BulkDeleteFlowRunsBody(_t.Model):
    """BulkDeleteFlowRunsBody

    Attributes:
        flow_runs (FlowRunFilter | None | Unset): Filter criteria for flow runs to delete
        limit (int | Unset): Maximum number of flow runs to delete. Defaults to 50. Default: 50.
    """

    flow_runs: FlowRunFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BulkDeleteFlowRunsBody,
    _t.Field(
        "flow_runs",
        "flow_runs",
        _t.union(_t.model("flow_run_filter", "FlowRunFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("limit", "limit", _t.INT, False, default=50),
)

_d0 = BulkDeleteFlowRunsBody._fields_[0].decode


def _decode(self: BulkDeleteFlowRunsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("flow_runs", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "flow_runs", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)


BulkDeleteFlowRunsBody._fast_ = _decode


def _dump_json(self: BulkDeleteFlowRunsBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.flow_runs
    if isinstance(v, _t.Model):
        out["flow_runs"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flow_runs"] = v
    elif v is not UNSET:
        out["flow_runs"] = _dj(v)
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


BulkDeleteFlowRunsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
