from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class ArtifactCollection(_t.Model):
    """ArtifactCollection

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        key (str): An optional unique reference key for this artifact.
        latest_id (UUID): The latest artifact ID associated with the key.
        updated (datetime.datetime | None):
        data (Any | None | Unset): Data associated with the artifact, e.g. a result.; structure
            depends on the artifact type.
        description (str | None | Unset): A markdown-enabled description of the artifact.
        flow_run_id (UUID | None | Unset): The flow run associated with the artifact.
        metadata_ (dict[str, str] | None | Unset): User-defined artifact metadata. Content must be
            string key and value pairs.
        task_run_id (UUID | None | Unset): The task run associated with the artifact.
        type (str | None | Unset): An identifier that describes the shape of the data field. e.g.
            'result', 'table', 'markdown'
    """

    created: datetime.datetime | None
    id: UUID
    key: str
    latest_id: UUID
    updated: datetime.datetime | None
    data: Any | None | Unset = UNSET
    description: str | None | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    metadata_: dict[str, str] | None | Unset = UNSET
    task_run_id: UUID | None | Unset = UNSET
    type: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ArtifactCollection,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("key", "key", _t.STR, True),
    _t.Field("latest_id", "latest_id", _t.UUID_, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("metadata_", "metadata_", _t.union(_t.dict_of(_t.STR), _t.NONE), False),
    _t.Field("task_run_id", "task_run_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), False),
)
