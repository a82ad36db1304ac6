from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_update_data_type_0 import ArtifactUpdateDataType0
    from ..models.artifact_update_metadata_type_0 import ArtifactUpdateMetadataType0


@_attrs_define(kw_only=True)
class ArtifactUpdate(_t.Model):
    """Data used by the Prefect REST API to update an artifact.

    Attributes:
        data (Any | ArtifactUpdateDataType0 | None | Unset):
        description (None | str | Unset):
        metadata_ (ArtifactUpdateMetadataType0 | None | Unset):
    """

    data: Any | ArtifactUpdateDataType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    metadata_: ArtifactUpdateMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ArtifactUpdate,
    _t.Field(
        "data",
        "data",
        _t.union(
            _t.model("artifact_update_data_type_0", "ArtifactUpdateDataType0"), _t.ANY, _t.NONE
        ),
        False,
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "metadata_",
        "metadata_",
        _t.union(
            _t.model("artifact_update_metadata_type_0", "ArtifactUpdateMetadataType0"), _t.NONE
        ),
        False,
    ),
)
