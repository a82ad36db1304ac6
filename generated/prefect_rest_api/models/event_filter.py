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
    from ..models.event_any_resource_filter import EventAnyResourceFilter
    from ..models.event_id_filter import EventIDFilter
    from ..models.event_name_filter import EventNameFilter
    from ..models.event_occurred_filter import EventOccurredFilter
    from ..models.event_order import EventOrder
    from ..models.event_related_filter import EventRelatedFilter
    from ..models.event_resource_filter import EventResourceFilter
    from ..models.event_text_filter import EventTextFilter


@_attrs_define(kw_only=True)
class EventFilter(_t.Model):
    """EventFilter

    Attributes:
        any_resource (EventAnyResourceFilter | list[EventAnyResourceFilter] | None | Unset): Filter
            criteria for any resource involved in the event
        event (EventNameFilter | None | Unset): Filter criteria for the event name
        id (EventIDFilter | Unset):
        occurred (EventOccurredFilter | Unset):
        order (EventOrder | Unset):
        related (EventRelatedFilter | list[EventRelatedFilter] | None | Unset): Filter criteria for
            the related resources of the event
        resource (EventResourceFilter | None | Unset): Filter criteria for the resource of the event
        text (EventTextFilter | None | Unset): Filter criteria for text search across event content
    """

    any_resource: EventAnyResourceFilter | list[EventAnyResourceFilter] | None | Unset = UNSET
    event: EventNameFilter | None | Unset = UNSET
    id: EventIDFilter | Unset = UNSET
    occurred: EventOccurredFilter | Unset = UNSET
    order: EventOrder | Unset = UNSET
    related: EventRelatedFilter | list[EventRelatedFilter] | None | Unset = UNSET
    resource: EventResourceFilter | None | Unset = UNSET
    text: EventTextFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventFilter,
    _t.Field(
        "any_resource",
        "any_resource",
        _t.union(
            _t.model("event_any_resource_filter", "EventAnyResourceFilter"),
            _t.list_of(_t.model("event_any_resource_filter", "EventAnyResourceFilter")),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "event",
        "event",
        _t.union(_t.model("event_name_filter", "EventNameFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("id", "id", _t.model("event_id_filter", "EventIDFilter"), False),
    _t.Field(
        "occurred", "occurred", _t.model("event_occurred_filter", "EventOccurredFilter"), False
    ),
    _t.Field("order", "order", _t.enum_of("event_order", "EventOrder"), False),
    _t.Field(
        "related",
        "related",
        _t.union(
            _t.model("event_related_filter", "EventRelatedFilter"),
            _t.list_of(_t.model("event_related_filter", "EventRelatedFilter")),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field(
        "resource",
        "resource",
        _t.union(_t.model("event_resource_filter", "EventResourceFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "text",
        "text",
        _t.union(_t.model("event_text_filter", "EventTextFilter"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = EventFilter._fields_[0].decode
_d1 = EventFilter._fields_[1].decode
_d2 = EventFilter._fields_[2].decode
_d3 = EventFilter._fields_[3].decode
_d4 = EventFilter._fields_[4].decode
_d5 = EventFilter._fields_[5].decode
_d6 = EventFilter._fields_[6].decode
_d7 = EventFilter._fields_[7].decode


def _decode(self: EventFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("any_resource", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "any_resource", v)
    v = get("event", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "event", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "id", v)
    v = get("occurred", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "occurred", v)
    v = get("order", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "order", v)
    v = get("related", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "related", v)
    v = get("resource", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "resource", v)
    v = get("text", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "text", v)


EventFilter._fast_ = _decode


_values = EventFilter._values_


def _dump_json(self: EventFilter) -> dict[str, Any]:
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
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
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
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
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
    if v5.__class__ is dict:
        v5 = _dump_dict(v5) if v5 else {}
    elif v5.__class__ is list:
        v5 = _dump_list(v5) if v5 else []
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    out: dict[str, Any] = {
        "any_resource": v0,
        "event": v1,
        "id": v2,
        "occurred": v3,
        "order": v4,
        "related": v5,
        "resource": v6,
        "text": v7,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
