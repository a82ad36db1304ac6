from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import fromiso as _fromiso

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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


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

_d0 = Graph._fields_[0].decode
_d2 = Graph._fields_[2].decode
_d3 = Graph._fields_[3].decode
_d5 = Graph._fields_[5].decode


def _decode(self: Graph, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["artifacts"]
    v = _d0(v)
    put(self, "artifacts", v)
    v = raw["end_time"]
    if v is not None:
        v = _fromiso(v)
    put(self, "end_time", v)
    v = raw["nodes"]
    v = _d2(v)
    put(self, "nodes", v)
    v = raw["root_node_ids"]
    v = _d3(v)
    put(self, "root_node_ids", v)
    v = raw["start_time"]
    if v is not None:
        v = _fromiso(v)
    put(self, "start_time", v)
    v = raw["states"]
    v = _d5(v)
    put(self, "states", v)


Graph._fast_ = _decode
