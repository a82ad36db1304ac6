from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class DeploymentFilterConcurrencyLimit(_t.Model):
    """DEPRECATED: Prefer `Deployment.concurrency_limit_id` over `Deployment.concurrency_limit`.

    Attributes:
        ge_ (int | None | Unset): Only include deployments with a concurrency limit greater than or
            equal to this value
        is_null_ (bool | None | Unset): If true, only include deployments without a concurrency
            limit
        le_ (int | None | Unset): Only include deployments with a concurrency limit less than or
            equal to this value
    """

    ge_: int | None | Unset = UNSET
    is_null_: bool | None | Unset = UNSET
    le_: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentFilterConcurrencyLimit,
    _t.Field("ge_", "ge_", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field("is_null_", "is_null_", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field("le_", "le_", _t.union(_t.INT, _t.NONE), False, default=None),
)


def _decode(self: DeploymentFilterConcurrencyLimit, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("ge_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "ge_", v)
    v = get("is_null_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "is_null_", v)
    v = get("le_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "le_", v)


DeploymentFilterConcurrencyLimit._fast_ = _decode


_values = DeploymentFilterConcurrencyLimit._values_


def _dump_json(self: DeploymentFilterConcurrencyLimit) -> dict[str, Any]:
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
        v2,
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "ge_": v0,
        "is_null_": v1,
        "le_": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentFilterConcurrencyLimit._dump_json = _dump_json  # type: ignore[method-assign,assignment]
