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
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = EventTrigger._values_


def _dump_json(self: EventTrigger) -> dict[str, Any]:
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
        v5,
        v6,
        v7,
        v8,
        v9,
    ) = _values(self)
    if isinstance(v0, _Enum):
        v0 = v0._value_
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is UUID:
        v4 = v4.int.to_bytes(16).hex("-", 2)
        v4 = v4[:4] + v4[5:29] + v4[30:34] + v4[35:]
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is dict:
        v5 = _dump_dict(v5) if v5 else {}
    elif v5.__class__ is list:
        v5 = _dump_list(v5) if v5 else []
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ is dict:
        v6 = _dump_dict(v6) if v6 else {}
    elif v6.__class__ is list:
        v6 = _dump_list(v6) if v6 else []
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is dict:
        v8 = _dump_dict(v8) if v8 else {}
    elif v8.__class__ is list:
        v8 = _dump_list(v8) if v8 else []
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ is _td:
        v9 = v9.total_seconds()
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    out: dict[str, Any] = {
        "posture": v0,
        "after": v1,
        "expect": v2,
        "for_each": v3,
        "id": v4,
        "match": v5,
        "match_related": v6,
        "threshold": v7,
        "type": v8,
        "within": v9,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventTrigger._dump_json = _dump_json  # type: ignore[method-assign,assignment]
