from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class EventsSettings(_t.Model):
    """Settings for controlling events behavior

    Attributes:
        worker_max_queue_size (int | Unset):
                    Maximum number of events that can be queued for delivery to the
                    Prefect server. When the queue is full, new events are dropped with
                    a warning. Set to 0 for unbounded (the default).

                    Warning: setting this value too low may result in data loss as events
                    will be silently dropped when the queue is full.
                     Default: 0.
    """

    worker_max_queue_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventsSettings,
    _t.Field("worker_max_queue_size", "worker_max_queue_size", _t.INT, False, default=0),
)


def _decode(self: EventsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("worker_max_queue_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "worker_max_queue_size", v)


EventsSettings._fast_ = _decode


_values = EventsSettings._values_


def _dump_json(self: EventsSettings) -> dict[str, Any]:
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
        "worker_max_queue_size": v0,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
