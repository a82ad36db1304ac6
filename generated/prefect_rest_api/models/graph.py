from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

if TYPE_CHECKING:
    from ..models.graph_artifact import GraphArtifact
    from ..models.graph_state import GraphState
    from ..models.node import Node


@_attrs_define(kw_only=True)
class Graph(_t.Model):
    """Graph

    Attributes:
        artifacts (list[GraphArtifact]):
        end_time (datetime.datetime | None):
        nodes (list[list[UUID | Node]]):
        root_node_ids (list[UUID]):
        start_time (datetime.datetime | None):
        states (list[GraphState]):
    """

    artifacts: list[GraphArtifact]
    end_time: datetime.datetime | None
    nodes: list[list[UUID | Node]]
    root_node_ids: list[UUID]
    start_time: datetime.datetime | None
    states: list[GraphState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    Graph,
    _t.Field(
        "artifacts", "artifacts", _t.list_of(_t.model("graph_artifact", "GraphArtifact")), True
    ),
    _t.Field("end_time", "end_time", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "nodes", "nodes", _t.list_of(_t.list_of(_t.union(_t.UUID_, _t.model("node", "Node")))), True
    ),
    _t.Field("root_node_ids", "root_node_ids", _t.list_of(_t.UUID_), True),
    _t.Field("start_time", "start_time", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("states", "states", _t.list_of(_t.model("graph_state", "GraphState")), True),
)
