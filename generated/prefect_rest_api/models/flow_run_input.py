from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class FlowRunInput(_t.Model):
    """FlowRunInput

    Attributes:
        created (datetime.datetime | None):
        flow_run_id (UUID): The flow run ID associated with the input.
        id (UUID):
        key (str): The key of the input.
        updated (datetime.datetime | None):
        value (str): The value of the input.
        sender (str | None | Unset): The sender of the input.
    """

    created: datetime.datetime | None
    flow_run_id: UUID
    id: UUID
    key: str
    updated: datetime.datetime | None
    value: str
    sender: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunInput,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("flow_run_id", "flow_run_id", _t.UUID_, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("key", "key", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("value", "value", _t.STR, True),
    _t.Field("sender", "sender", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: FlowRunInput, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["flow_run_id"]
    v = _uuid(v)
    put(self, "flow_run_id", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["key"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "key", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = raw["value"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "value", v)
    v = get("sender", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "sender", v)


FlowRunInput._fast_ = _decode


_values = FlowRunInput._values_


def _dump_json(self: FlowRunInput) -> dict[str, Any]:
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
    if v0.__class__ is _datetime:
        us = v0.microsecond
        if us and v0.tzinfo is _utc:
            y = v0.year
            v0 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v0.month]}-{_D2[v0.day]}"
                f"T{_D2[v0.hour]}:{_D2[v0.minute]}:{_D2[v0.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v0 = _iso(v0)
    elif v0 is not None and v0.__class__ not in _PLAIN:
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
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is _datetime:
        us = v4.microsecond
        if us and v4.tzinfo is _utc:
            y = v4.year
            v4 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v4.month]}-{_D2[v4.day]}"
                f"T{_D2[v4.hour]}:{_D2[v4.minute]}:{_D2[v4.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v4 = _iso(v4)
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "created": v0,
        "flow_run_id": v1,
        "id": v2,
        "key": v3,
        "updated": v4,
        "value": v5,
        "sender": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunInput._dump_json = _dump_json  # type: ignore[method-assign,assignment]
