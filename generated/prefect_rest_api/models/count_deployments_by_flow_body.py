from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class CountDeploymentsByFlowBody(_t.Model):
    """CountDeploymentsByFlowBody

    Attributes:
        flow_ids (list[UUID]):
    """

    flow_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CountDeploymentsByFlowBody,
    _t.Field("flow_ids", "flow_ids", _t.list_of(_t.UUID_), True),
)

_d0 = CountDeploymentsByFlowBody._fields_[0].decode


def _decode(self: CountDeploymentsByFlowBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["flow_ids"]
    v = _d0(v)
    put(self, "flow_ids", v)


CountDeploymentsByFlowBody._fast_ = _decode


def _dump_json(self: CountDeploymentsByFlowBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.flow_ids
    if v.__class__ in _PLAIN:
        out["flow_ids"] = v
    elif v is not UNSET:
        out["flow_ids"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CountDeploymentsByFlowBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
