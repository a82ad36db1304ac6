from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_data_type_0 import ArtifactDataType0
    from ..models.artifact_metadata_type_0 import ArtifactMetadataType0


@_attrs_define(kw_only=True)
class Artifact(_t.Model):
    """Artifact

    Attributes:
        created (datetime.datetime | None | Unset):
        data (Any | ArtifactDataType0 | None | Unset): Data associated with the artifact, e.g. a
            result.; structure depends on the artifact type.
        description (None | str | Unset): A markdown-enabled description of the artifact.
        flow_run_id (None | Unset | UUID): The flow run associated with the artifact.
        id (UUID | Unset):
        key (None | str | Unset): An optional unique reference key for this artifact.
        metadata_ (ArtifactMetadataType0 | None | Unset): User-defined artifact metadata. Content
            must be string key and value pairs.
        task_run_id (None | Unset | UUID): The task run associated with the artifact.
        type (None | str | Unset): An identifier that describes the shape of the data field. e.g.
            'result', 'table', 'markdown'
        updated (datetime.datetime | None | Unset):
    """

    created: datetime.datetime | None | Unset = UNSET
    data: Any | ArtifactDataType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    flow_run_id: None | Unset | UUID = UNSET
    id: UUID | Unset = UNSET
    key: None | str | Unset = UNSET
    metadata_: ArtifactMetadataType0 | None | Unset = UNSET
    task_run_id: None | Unset | UUID = UNSET
    type: None | str | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    Artifact,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), False),
    _t.Field(
        "data",
        "data",
        _t.union(_t.model("artifact_data_type_0", "ArtifactDataType0"), _t.ANY, _t.NONE),
        False,
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("id", "id", _t.UUID_, False),
    _t.Field("key", "key", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "metadata_",
        "metadata_",
        _t.union(_t.model("artifact_metadata_type_0", "ArtifactMetadataType0"), _t.NONE),
        False,
    ),
    _t.Field("task_run_id", "task_run_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), False),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), False),
)
