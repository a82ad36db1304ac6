from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class EventOccurredFilter(_t.Model):
    """EventOccurredFilter

    Attributes:
        since (datetime.datetime | Unset): Only include events after this time (inclusive)
        until (datetime.datetime | Unset): Only include events prior to this time (inclusive)
    """

    since: datetime.datetime | Unset = UNSET
    until: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventOccurredFilter,
    _t.Field("since", "since", _t.DATETIME, False),
    _t.Field("until", "until", _t.DATETIME, False),
)


def _decode(self: EventOccurredFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("since", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "since", v)
    v = get("until", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "until", v)


EventOccurredFilter._fast_ = _decode


def _dump_json(self: EventOccurredFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.since
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["since"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["since"] = v
    elif v is not UNSET:
        out["since"] = _dj(v)
    v = self.until
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["until"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["until"] = v
    elif v is not UNSET:
        out["until"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventOccurredFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
