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


_values = RenewConcurrencyLeaseBody._values_


def _dump_json(self: RenewConcurrencyLeaseBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (v0,) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    out: dict[str, Any] = {
        "lease_duration": v0,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


RenewConcurrencyLeaseBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
