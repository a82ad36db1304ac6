from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class RenewConcurrencyLeaseBody(_t.Model):
    """RenewConcurrencyLeaseBody

    Attributes:
        lease_duration (float | Unset): The duration of the lease in seconds. Default: 300.0.
    """

    lease_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    RenewConcurrencyLeaseBody,
    _t.Field("lease_duration", "lease_duration", _t.FLOAT, False, default=300),
)


def _decode(self: RenewConcurrencyLeaseBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("lease_duration", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "lease_duration", v)


RenewConcurrencyLeaseBody._fast_ = _decode


def _dump_json(self: RenewConcurrencyLeaseBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.lease_duration
    if v.__class__ in _PLAIN:
        out["lease_duration"] = v
    elif v is not UNSET:
        out["lease_duration"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


RenewConcurrencyLeaseBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
