from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class DeploymentOrFlowNameFilter(_t.Model):
    """Filter by `Deployment.name` or `Flow.name` with a single input string for ilike filtering.

    Attributes:
        like_ (str | None | Unset): A case-insensitive partial match on deployment or flow names.
            For example, passing 'example' might match deployments or flows with 'example' in their
            names.
    """

    like_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentOrFlowNameFilter,
    _t.Field("like_", "like_", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: DeploymentOrFlowNameFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("like_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "like_", v)


DeploymentOrFlowNameFilter._fast_ = _decode
