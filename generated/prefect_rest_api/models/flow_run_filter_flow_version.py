from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class FlowRunFilterFlowVersion(_t.Model):
    """Filter by `FlowRun.flow_version`.

    Attributes:
        any_ (list[str] | None | Unset): A list of flow run flow_versions to include
    """

    any_: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunFilterFlowVersion,
    _t.Field("any_", "any_", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
)


def _decode(self: FlowRunFilterFlowVersion, raw: dict[str, Any]) -> None:
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


FlowRunFilterFlowVersion._fast_ = _decode
