from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t


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


_t.fields(
    GraphArtifact,
    _t.Field("created", "created", _t.DATETIME, True),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("is_latest", "is_latest", _t.BOOL, True),
    _t.Field("key", "key", _t.union(_t.STR, _t.NONE), True),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), True),
)
