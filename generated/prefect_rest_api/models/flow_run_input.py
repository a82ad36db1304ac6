from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid
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
