from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj
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


def _dump_json(self: Graph) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.artifacts
    if v.__class__ in _PLAIN:
        out["artifacts"] = v
    elif v is not UNSET:
        out["artifacts"] = _dj(v)
    v = self.end_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["end_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["end_time"] = v
    elif v is not UNSET:
        out["end_time"] = _dj(v)
    v = self.nodes
    if v.__class__ in _PLAIN:
        out["nodes"] = v
    elif v is not UNSET:
        out["nodes"] = _dj(v)
    v = self.root_node_ids
    if v.__class__ in _PLAIN:
        out["root_node_ids"] = v
    elif v is not UNSET:
        out["root_node_ids"] = _dj(v)
    v = self.start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["start_time"] = v
    elif v is not UNSET:
        out["start_time"] = _dj(v)
    v = self.states
    if v.__class__ in _PLAIN:
        out["states"] = v
    elif v is not UNSET:
        out["states"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Graph._dump_json = _dump_json  # type: ignore[method-assign,assignment]
