from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

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


def _dump_json(self: CountWorkPoolsBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.work_pools
    if isinstance(v, _t.Model):
        out["work_pools"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["work_pools"] = v
    elif v is not UNSET:
        out["work_pools"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CountWorkPoolsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
