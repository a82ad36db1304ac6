from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

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


def _dump_json(self: FlowRunBulkCreateResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.results
    if v.__class__ in _PLAIN:
        out["results"] = v
    elif v is not UNSET:
        out["results"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunBulkCreateResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
