from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class EventTextFilter(_t.Model):
    """Filter by text search across event content.

    Attributes:
        query (str): Text search query string
    """

    query: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventTextFilter,
    _t.Field("query", "query", _t.STR, True),
)


def _decode(self: EventTextFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["query"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "query", v)


EventTextFilter._fast_ = _decode


_values = EventTextFilter._values_


def _dump_json(self: EventTextFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (v0,) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    out: dict[str, Any] = {
        "query": v0,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventTextFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
