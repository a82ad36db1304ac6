from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.related_resource import RelatedResource
    from ..models.resource import Resource


@_attrs_define(kw_only=True)
class Event(_t.Model):
    """The client-side view of an event that has happened to a Resource

    Attributes:
        event (str): The name of the event that happened
        id (UUID): The client-provided identifier of this event
        occurred (datetime.datetime): When the event happened from the sender's perspective
        resource (Resource): An observable business object of interest to the user
        follows (UUID | None | Unset): The ID of an event that is known to have occurred prior to
            this one. If set, this may be used to establish a more precise ordering of causally-related
            events when they occur close enough together in time that the system may receive them out-
            of-order.
        payload (dict[str, Any] | Unset): An open-ended set of data describing what happened
        related (list[RelatedResource] | Unset): A list of additional Resources involved in this
            event
    """

    event: str
    id: UUID
    occurred: datetime.datetime
    resource: Resource
    follows: UUID | None | Unset = UNSET
    payload: dict[str, Any] | Unset = UNSET
    related: list[RelatedResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Event,
    _t.Field("event", "event", _t.STR, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("occurred", "occurred", _t.DATETIME, True),
    _t.Field("resource", "resource", _t.model("resource", "Resource"), True),
    _t.Field("follows", "follows", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("payload", "payload", _t.OBJECT, False, default={}),
    _t.Field(
        "related",
        "related",
        _t.list_of(_t.model("related_resource", "RelatedResource")),
        False,
        default=[],
    ),
)

_d3 = Event._fields_[3].decode
_d6 = Event._fields_[6].decode


def _decode(self: Event, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["event"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "event", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["occurred"]
    v = _fromiso(v)
    put(self, "occurred", v)
    v = raw["resource"]
    v = _d3(v)
    put(self, "resource", v)
    v = get("follows", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "follows", v)
    v = get("payload", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "payload", v)
    v = get("related", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "related", v)


Event._fast_ = _decode


def _dump_json(self: Event) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.event
    if v.__class__ in _PLAIN:
        out["event"] = v
    elif v is not UNSET:
        out["event"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.occurred
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["occurred"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["occurred"] = v
    elif v is not UNSET:
        out["occurred"] = _dj(v)
    v = self.resource
    if isinstance(v, _t.Model):
        out["resource"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["resource"] = v
    elif v is not UNSET:
        out["resource"] = _dj(v)
    v = self.follows
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["follows"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["follows"] = v
    elif v is not UNSET:
        out["follows"] = _dj(v)
    v = self.payload
    if v.__class__ in _PLAIN:
        out["payload"] = v
    elif v is not UNSET:
        out["payload"] = _dj(v)
    v = self.related
    if v.__class__ in _PLAIN:
        out["related"] = v
    elif v is not UNSET:
        out["related"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Event._dump_json = _dump_json  # type: ignore[method-assign,assignment]
