from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class DeploymentFilterPaused(_t.Model):
    """Filter by `Deployment.paused`.

    Attributes:
        eq_ (bool | None | Unset): Only returns where deployment is/is not paused
    """

    eq_: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentFilterPaused,
    _t.Field("eq_", "eq_", _t.union(_t.BOOL, _t.NONE), False, default=None),
)


def _decode(self: DeploymentFilterPaused, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("eq_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "eq_", v)


DeploymentFilterPaused._fast_ = _decode


def _dump_json(self: DeploymentFilterPaused) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.eq_
    if v.__class__ in _PLAIN:
        out["eq_"] = v
    elif v is not UNSET:
        out["eq_"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentFilterPaused._dump_json = _dump_json  # type: ignore[method-assign,assignment]
