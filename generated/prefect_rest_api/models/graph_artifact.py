from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UUID_ as _uuid
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class GraphArtifact(_t.Model):
    """GraphArtifact

    Attributes:
        created (datetime.datetime):
        data (Any | None):
        id (UUID):
        is_latest (bool):
        key (str | None):
        type (str | None):
    """

    created: datetime.datetime
    data: Any | None
    id: UUID
    is_latest: bool
    key: str | None
    type: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    GraphArtifact,
    _t.Field("created", "created", _t.DATETIME, True),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("is_latest", "is_latest", _t.BOOL, True),
    _t.Field("key", "key", _t.union(_t.STR, _t.NONE), True),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), True),
)


def _decode(self: GraphArtifact, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["created"]
    v = _fromiso(v)
    put(self, "created", v)
    v = raw["data"]

    put(self, "data", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["is_latest"]
    if v.__class__ is not bool:
        raise TypeError
    put(self, "is_latest", v)
    v = raw["key"]
    if v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "key", v)
    v = raw["type"]
    if v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "type", v)


GraphArtifact._fast_ = _decode
