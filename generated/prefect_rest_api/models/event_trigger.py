from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.event_trigger_posture import EventTriggerPosture
    from ..models.resource_specification import ResourceSpecification


@_attrs_define(kw_only=True)
class EventTrigger(_t.Model):
    """A trigger that fires based on the presence or absence of events within a given
    period of time.

    Attributes:
        posture (EventTriggerPosture): The posture of this trigger, either Reactive or Proactive.
            Reactive triggers respond to the _presence_ of the expected events, while Proactive triggers
            respond to the _absence_ of those expected events.
        after (list[str] | Unset): The event(s) which must first been seen to fire this trigger.  If
            empty, then fire this trigger immediately.  Events may include trailing wildcards, like
            `prefect.flow-run.*`
        expect (list[str] | Unset): The event(s) this trigger is expecting to see.  If empty, this
            trigger will match any event.  Events may include trailing wildcards, like `prefect.flow-
            run.*`
        for_each (list[str] | Unset): Evaluate the trigger separately for each distinct value of
            these labels on the resource.  By default, labels refer to the primary resource of the
            triggering event.  You may also refer to labels from related resources by specifying
            `related:<role>:<label>`.  This will use the value of that label for the first related
            resource in that role.  For example, `"for_each": ["related:flow:prefect.resource.id"]`
            would evaluate the trigger for each flow.
        id (UUID | Unset): The unique ID of this trigger
        match (ResourceSpecification | dict[str, str | list[str]] | Unset): Labels for resources
            which this trigger will match.
        match_related (ResourceSpecification | dict[str, str | list[str]] |
            list[ResourceSpecification | dict[str, str | list[str]]] | Unset): Labels for related
            resources which this trigger will match.
        threshold (int | Unset): The number of events required for this trigger to fire (for
            Reactive triggers), or the number of events expected (for Proactive triggers) Default: 1.
        type (Literal['event'] | Unset):  Default: 'event'.
        within (_dt.timedelta | Unset): The time period over which the events must occur.  For
            Reactive triggers, this may be as low as 0 seconds, but must be at least 10 seconds for
            Proactive triggers Default: 0.0.
    """

    posture: EventTriggerPosture
    after: list[str] | Unset = UNSET
    expect: list[str] | Unset = UNSET
    for_each: list[str] | Unset = UNSET
    id: UUID | Unset = UNSET
    match: ResourceSpecification | dict[str, str | list[str]] | Unset = UNSET
    match_related: (
        ResourceSpecification
        | dict[str, str | list[str]]
        | list[ResourceSpecification | dict[str, str | list[str]]]
        | Unset
    ) = UNSET
    threshold: int | Unset = UNSET
    type: Literal["event"] | Unset = UNSET
    within: _dt.timedelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventTrigger,
    _t.Field(
        "posture", "posture", _t.enum_of("event_trigger_posture", "EventTriggerPosture"), True
    ),
    _t.Field("after", "after", _t.list_of(_t.STR), False, default=[]),
    _t.Field("expect", "expect", _t.list_of(_t.STR), False, default=[]),
    _t.Field("for_each", "for_each", _t.list_of(_t.STR), False, default=[]),
    _t.Field("id", "id", _t.UUID_, False),
    _t.Field(
        "match",
        "match",
        _t.union(
            _t.model("resource_specification", "ResourceSpecification"),
            _t.dict_of(_t.union(_t.STR, _t.list_of(_t.STR))),
        ),
        False,
    ),
    _t.Field(
        "match_related",
        "match_related",
        _t.union(
            _t.model("resource_specification", "ResourceSpecification"),
            _t.dict_of(_t.union(_t.STR, _t.list_of(_t.STR))),
            _t.list_of(
                _t.union(
                    _t.model("resource_specification", "ResourceSpecification"),
                    _t.dict_of(_t.union(_t.STR, _t.list_of(_t.STR))),
                )
            ),
        ),
        False,
    ),
    _t.Field("threshold", "threshold", _t.INT, False, default=1),
    _t.Field("type", "type", _t.const("event"), False, default="event"),
    _t.Field("within", "within", _t.DURATION, False, default=0.0),
    consts=(("type", "event"),),
)

_d0 = EventTrigger._fields_[0].decode
_d5 = EventTrigger._fields_[5].decode
_d6 = EventTrigger._fields_[6].decode
_d8 = EventTrigger._fields_[8].decode
_d9 = EventTrigger._fields_[9].decode


def _decode(self: EventTrigger, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["posture"]
    v = _d0(v)
    put(self, "posture", v)
    v = get("after", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "after", v)
    v = get("expect", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "expect", v)
    v = get("for_each", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "for_each", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _uuid(v)
    put(self, "id", v)
    v = get("match", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "match", v)
    v = get("match_related", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "match_related", v)
    v = get("threshold", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "threshold", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d8(v)
    put(self, "type", v)
    v = get("within", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d9(v)
    put(self, "within", v)


EventTrigger._fast_ = _decode


def _dump_json(self: EventTrigger) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.posture
    if isinstance(v, _Enum):
        out["posture"] = v._value_
    elif v.__class__ in _PLAIN:
        out["posture"] = v
    elif v is not UNSET:
        out["posture"] = _dj(v)
    v = self.after
    if v.__class__ in _PLAIN:
        out["after"] = v
    elif v is not UNSET:
        out["after"] = _dj(v)
    v = self.expect
    if v.__class__ in _PLAIN:
        out["expect"] = v
    elif v is not UNSET:
        out["expect"] = _dj(v)
    v = self.for_each
    if v.__class__ in _PLAIN:
        out["for_each"] = v
    elif v is not UNSET:
        out["for_each"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.match
    if v.__class__ in _PLAIN:
        out["match"] = v
    elif v is not UNSET:
        out["match"] = _dj(v)
    v = self.match_related
    if v.__class__ in _PLAIN:
        out["match_related"] = v
    elif v is not UNSET:
        out["match_related"] = _dj(v)
    v = self.threshold
    if v.__class__ in _PLAIN:
        out["threshold"] = v
    elif v is not UNSET:
        out["threshold"] = _dj(v)
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    v = self.within
    if v.__class__ in _PLAIN:
        out["within"] = v
    elif v is not UNSET:
        out["within"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventTrigger._dump_json = _dump_json  # type: ignore[method-assign,assignment]
