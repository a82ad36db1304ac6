from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
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
    from ..models.compound_trigger import CompoundTrigger
    from ..models.event_trigger import EventTrigger


@_attrs_define(kw_only=True)
class SequenceTrigger(_t.Model):
    """A composite trigger that requires some number of triggers to have fired
    within the given time period in a specific order

    Attributes:
        triggers (list[EventTrigger | CompoundTrigger | SequenceTrigger]):
        within (_dt.timedelta | None):
        id (UUID | Unset): The unique ID of this trigger
        type (Literal['sequence'] | Unset):  Default: 'sequence'.
    """

    triggers: list[EventTrigger | CompoundTrigger | SequenceTrigger]
    within: _dt.timedelta | None
    id: UUID | Unset = UNSET
    type: Literal["sequence"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SequenceTrigger,
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
    _t.Field("type", "type", _t.const("sequence"), False, default="sequence"),
    consts=(("type", "sequence"),),
)

_d0 = SequenceTrigger._fields_[0].decode
_d1 = SequenceTrigger._fields_[1].decode
_d3 = SequenceTrigger._fields_[3].decode


def _decode(self: SequenceTrigger, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["triggers"]
    v = _d0(v)
    put(self, "triggers", v)
    v = raw["within"]
    if v is not None:
        v = _td(seconds=v) if v.__class__ is float else _d1(v)
    put(self, "within", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _uuid(v)
    put(self, "id", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "type", v)


SequenceTrigger._fast_ = _decode


_values = SequenceTrigger._values_


def _dump_json(self: SequenceTrigger) -> dict[str, Any]:
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
    if v1.__class__ is _td:
        v1 = v1.total_seconds()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
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
    out: dict[str, Any] = {
        "triggers": v0,
        "within": v1,
        "id": v2,
        "type": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SequenceTrigger._dump_json = _dump_json  # type: ignore[method-assign,assignment]
