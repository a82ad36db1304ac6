from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.received_event import ReceivedEvent


@_attrs_define(kw_only=True)
class EventPage(_t.Model):
    """A single page of events returned from the API, with an optional link to the
    next page of results

    Attributes:
        events (list[ReceivedEvent]): The Events matching the query
        next_page (str | None): The URL for the next page of results, if there are more
        total (int): The total number of matching Events
    """

    events: list[ReceivedEvent]
    next_page: str | None
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventPage,
    _t.Field("events", "events", _t.list_of(_t.model("received_event", "ReceivedEvent")), True),
    _t.Field("next_page", "next_page", _t.union(_t.STR, _t.NONE), True),
    _t.Field("total", "total", _t.INT, True),
)

_d0 = EventPage._fields_[0].decode


def _decode(self: EventPage, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["events"]
    v = _d0(v)
    put(self, "events", v)
    v = raw["next_page"]
    if v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "next_page", v)
    v = raw["total"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "total", v)


EventPage._fast_ = _decode


_values = EventPage._values_


def _dump_json(self: EventPage) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "events": v0,
        "next_page": v1,
        "total": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventPage._dump_json = _dump_json  # type: ignore[method-assign,assignment]
