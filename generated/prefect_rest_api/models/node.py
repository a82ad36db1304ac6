from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

if TYPE_CHECKING:
    from ..models.edge import Edge
    from ..models.graph_artifact import GraphArtifact
    from ..models.node_kind import NodeKind
    from ..models.state_type import StateType


@_attrs_define(kw_only=True)
class Node(_t.Model):
    """Node

    Attributes:
        artifacts (list[GraphArtifact]):
        children (list[Edge]):
        encapsulating (list[Edge]):
        end_time (datetime.datetime | None):
        id (UUID):
        kind (NodeKind):
        label (str):
        parents (list[Edge]):
        start_time (datetime.datetime):
        state_type (StateType): Enumeration of state types.
    """

    artifacts: list[GraphArtifact]
    children: list[Edge]
    encapsulating: list[Edge]
    end_time: datetime.datetime | None
    id: UUID
    kind: NodeKind
    label: str
    parents: list[Edge]
    start_time: datetime.datetime
    state_type: StateType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    Node,
    _t.Field(
        "artifacts", "artifacts", _t.list_of(_t.model("graph_artifact", "GraphArtifact")), True
    ),
    _t.Field("children", "children", _t.list_of(_t.model("edge", "Edge")), True),
    _t.Field("encapsulating", "encapsulating", _t.list_of(_t.model("edge", "Edge")), True),
    _t.Field("end_time", "end_time", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("kind", "kind", _t.enum_of("node_kind", "NodeKind"), True),
    _t.Field("label", "label", _t.STR, True),
    _t.Field("parents", "parents", _t.list_of(_t.model("edge", "Edge")), True),
    _t.Field("start_time", "start_time", _t.DATETIME, True),
    _t.Field("state_type", "state_type", _t.enum_of("state_type", "StateType"), True),
)
