from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid

if TYPE_CHECKING:
    from ..models.compound_trigger_require_type_1 import CompoundTriggerRequireType1
    from ..models.event_trigger import EventTrigger
    from ..models.sequence_trigger import SequenceTrigger


@_attrs_define(kw_only=True)
class CompoundTrigger(_t.Model):
    """A composite trigger that requires some number of triggers to have
    fired within the given time period

    Attributes:
        require (int | CompoundTriggerRequireType1):
        triggers (list[EventTrigger | CompoundTrigger | SequenceTrigger]):
        within (_dt.timedelta | None):
        id (UUID | Unset): The unique ID of this trigger
        type (Literal['compound'] | Unset):  Default: 'compound'.
    """

    require: int | CompoundTriggerRequireType1
    triggers: list[EventTrigger | CompoundTrigger | SequenceTrigger]
    within: _dt.timedelta | None
    id: UUID | Unset = UNSET
    type: Literal["compound"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CompoundTrigger,
    _t.Field(
        "require",
        "require",
        _t.union(
            _t.INT, _t.enum_of("compound_trigger_require_type_1", "CompoundTriggerRequireType1")
        ),
        True,
    ),
    _t.Field(
        "triggers",
        "triggers",
        _t.list_of(
            _t.union(
                _t.model("event_trigger", "EventTrigger"),
                _t.model("compound_trigger", "CompoundTrigger"),
                _t.model("sequence_trigger", "SequenceTrigger"),
            )
        ),
        True,
    ),
    _t.Field("within", "within", _t.union(_t.DURATION, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, False),
    _t.Field("type", "type", _t.const("compound"), False, default="compound"),
    consts=(("type", "compound"),),
)

_d0 = CompoundTrigger._fields_[0].decode
_d1 = CompoundTrigger._fields_[1].decode
_d2 = CompoundTrigger._fields_[2].decode
_d4 = CompoundTrigger._fields_[4].decode


def _decode(self: CompoundTrigger, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["require"]
    v = _d0(v)
    put(self, "require", v)
    v = raw["triggers"]
    v = _d1(v)
    put(self, "triggers", v)
    v = raw["within"]
    v = _d2(v)
    put(self, "within", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _uuid(v)
    put(self, "id", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "type", v)


CompoundTrigger._fast_ = _decode
