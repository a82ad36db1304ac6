from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.bulk_increment_active_slots_with_lease_body_mode import (
        BulkIncrementActiveSlotsWithLeaseBodyMode,
    )
    from ..models.concurrency_lease_holder import ConcurrencyLeaseHolder


@_attrs_define(kw_only=True)
class BulkIncrementActiveSlotsWithLeaseBody(_t.Model):
    """BulkIncrementActiveSlotsWithLeaseBody

    Attributes:
        names (list[str]):
        slots (int):
        holder (ConcurrencyLeaseHolder | None | Unset): The holder of the lease with type (flow_run,
            task_run, or deployment) and id.
        lease_duration (float | Unset): The duration of the lease in seconds. Default: 300.0.
        mode (BulkIncrementActiveSlotsWithLeaseBodyMode | Unset):  Default:
            BulkIncrementActiveSlotsWithLeaseBodyMode.CONCURRENCY.
    """

    names: list[str]
    slots: int
    holder: ConcurrencyLeaseHolder | None | Unset = UNSET
    lease_duration: float | Unset = UNSET
    mode: BulkIncrementActiveSlotsWithLeaseBodyMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BulkIncrementActiveSlotsWithLeaseBody,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("slots", "slots", _t.INT, True),
    _t.Field(
        "holder",
        "holder",
        _t.union(_t.model("concurrency_lease_holder", "ConcurrencyLeaseHolder"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("lease_duration", "lease_duration", _t.FLOAT, False, default=300),
    _t.Field(
        "mode",
        "mode",
        _t.enum_of(
            "bulk_increment_active_slots_with_lease_body_mode",
            "BulkIncrementActiveSlotsWithLeaseBodyMode",
        ),
        False,
        default="concurrency",
    ),
)

_d2 = BulkIncrementActiveSlotsWithLeaseBody._fields_[2].decode
_d4 = BulkIncrementActiveSlotsWithLeaseBody._fields_[4].decode


def _decode(self: BulkIncrementActiveSlotsWithLeaseBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["names"]
    if v.__class__ is not list or any(x.__class__ is not str for x in v):
        raise TypeError
    put(self, "names", v)
    v = raw["slots"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "slots", v)
    v = get("holder", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "holder", v)
    v = get("lease_duration", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "lease_duration", v)
    v = get("mode", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "mode", v)


BulkIncrementActiveSlotsWithLeaseBody._fast_ = _decode


_values = BulkIncrementActiveSlotsWithLeaseBody._values_


def _dump_json(self: BulkIncrementActiveSlotsWithLeaseBody) -> dict[str, Any]:
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
        v3,
        v4,
    ) = _values(self)
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _Enum):
        v4 = v4._value_
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "names": v0,
        "slots": v1,
        "holder": v2,
        "lease_duration": v3,
        "mode": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BulkIncrementActiveSlotsWithLeaseBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
