from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_pool_filter import WorkPoolFilter


@_attrs_define(kw_only=True)
class CountWorkPoolsBody(_t.Model):
    """CountWorkPoolsBody

    Attributes:
        work_pools (WorkPoolFilter | None | Unset):
    """

    work_pools: WorkPoolFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CountWorkPoolsBody,
    _t.Field(
        "work_pools",
        "work_pools",
        _t.union(_t.model("work_pool_filter", "WorkPoolFilter"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = CountWorkPoolsBody._fields_[0].decode


def _decode(self: CountWorkPoolsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("work_pools", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "work_pools", v)


CountWorkPoolsBody._fast_ = _decode
