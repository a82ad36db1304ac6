from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_filter import EventFilter


@_attrs_define(kw_only=True)
class ReadEventsBody(_t.Model):
    """ReadEventsBody

    Attributes:
        filter (EventFilter | None | Unset): Additional optional filter criteria to narrow down the
            set of Events
        limit (int | Unset): The number of events to return with each page Default: 50.
    """

    filter: EventFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadEventsBody,
    _t.Field(
        "filter",
        "filter",
        _t.union(_t.model("event_filter", "EventFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("limit", "limit", _t.INT, False, default=50),
)

_d0 = ReadEventsBody._fields_[0].decode


def _decode(self: ReadEventsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("filter", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "filter", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)


ReadEventsBody._fast_ = _decode
