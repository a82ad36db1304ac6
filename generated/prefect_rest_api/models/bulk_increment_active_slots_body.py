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
    from ..models.bulk_increment_active_slots_body_mode import (
        BulkIncrementActiveSlotsBodyMode,
    )


@_attrs_define(kw_only=True)
class BulkIncrementActiveSlotsBody(_t.Model):
    """BulkIncrementActiveSlotsBody

    Attributes:
        names (list[str]):
        slots (int):
        create_if_missing (bool | None | Unset):
        mode (BulkIncrementActiveSlotsBodyMode | Unset):  Default:
            BulkIncrementActiveSlotsBodyMode.CONCURRENCY.
    """

    names: list[str]
    slots: int
    create_if_missing: bool | None | Unset = UNSET
    mode: BulkIncrementActiveSlotsBodyMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BulkIncrementActiveSlotsBody,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("slots", "slots", _t.INT, True),
    _t.Field(
        "create_if_missing", "create_if_missing", _t.union(_t.BOOL, _t.NONE), False, default=None
    ),
    _t.Field(
        "mode",
        "mode",
        _t.enum_of("bulk_increment_active_slots_body_mode", "BulkIncrementActiveSlotsBodyMode"),
        False,
        default="concurrency",
    ),
)

_d3 = BulkIncrementActiveSlotsBody._fields_[3].decode


def _decode(self: BulkIncrementActiveSlotsBody, raw: dict[str, Any]) -> None:
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
    v = get("create_if_missing", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "create_if_missing", v)
    v = get("mode", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "mode", v)


BulkIncrementActiveSlotsBody._fast_ = _decode


_values = BulkIncrementActiveSlotsBody._values_


def _dump_json(self: BulkIncrementActiveSlotsBody) -> dict[str, Any]:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _Enum):
        v3 = v3._value_
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "names": v0,
        "slots": v1,
        "create_if_missing": v2,
        "mode": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


BulkIncrementActiveSlotsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
