from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = Event._values_


def _dump_json(self: Event) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is UUID:
        v1 = v1.int.to_bytes(16).hex("-", 2)
        v1 = v1[:4] + v1[5:29] + v1[30:34] + v1[35:]
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is _datetime:
        us = v2.microsecond
        if us and v2.tzinfo is _utc:
            y = v2.year
            v2 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v2.month]}-{_D2[v2.day]}"
                f"T{_D2[v2.hour]}:{_D2[v2.minute]}:{_D2[v2.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v2 = _iso(v2)
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
    out: dict[str, Any] = {
        "event": v0,
        "id": v1,
        "occurred": v2,
        "resource": v3,
        "follows": v4,
        "payload": v5,
        "related": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Event._dump_json = _dump_json  # type: ignore[method-assign,assignment]
