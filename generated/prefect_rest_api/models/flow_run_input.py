from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
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


def _dump_json(self: FlowRunInput) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.flow_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.key
    if v.__class__ in _PLAIN:
        out["key"] = v
    elif v is not UNSET:
        out["key"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.value
    if v.__class__ in _PLAIN:
        out["value"] = v
    elif v is not UNSET:
        out["value"] = _dj(v)
    v = self.sender
    if v.__class__ in _PLAIN:
        out["sender"] = v
    elif v is not UNSET:
        out["sender"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunInput._dump_json = _dump_json  # type: ignore[method-assign,assignment]
