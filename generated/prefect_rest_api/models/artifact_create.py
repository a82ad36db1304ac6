from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid


@_attrs_define(kw_only=True)
class ArtifactCreate(_t.Model):
    """Data used by the Prefect REST API to create an artifact.

    Attributes:
        data (Any | None | Unset): Data associated with the artifact, e.g. a result.; structure
            depends on the artifact type.
        description (str | None | Unset): A markdown-enabled description of the artifact.
        flow_run_id (UUID | None | Unset): The flow run associated with the artifact.
        key (str | None | Unset): An optional unique reference key for this artifact.
        metadata_ (dict[str, str] | None | Unset): User-defined artifact metadata. Content must be
            string key and value pairs.
        task_run_id (UUID | None | Unset): The task run associated with the artifact.
        type (str | None | Unset): An identifier that describes the shape of the data field. e.g.
            'result', 'table', 'markdown'
    """

    data: Any | None | Unset = UNSET
    description: str | None | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    key: str | None | Unset = UNSET
    metadata_: dict[str, str] | None | Unset = UNSET
    task_run_id: UUID | None | Unset = UNSET
    type: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ArtifactCreate,
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False, default=None),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("key", "key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("metadata_", "metadata_", _t.union(_t.dict_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("task_run_id", "task_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d4 = ArtifactCreate._fields_[4].decode


def _decode(self: ArtifactCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("data", UNSET)

    put(self, "data", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)
    v = get("key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "key", v)
    v = get("metadata_", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "metadata_", v)
    v = get("task_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "task_run_id", v)
    v = get("type", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "type", v)


ArtifactCreate._fast_ = _decode
