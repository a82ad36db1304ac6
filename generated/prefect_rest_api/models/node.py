from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UUID_ as _uuid
from ..types import fromiso as _fromiso

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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


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

_d0 = Node._fields_[0].decode
_d1 = Node._fields_[1].decode
_d2 = Node._fields_[2].decode
_d5 = Node._fields_[5].decode
_d7 = Node._fields_[7].decode
_d9 = Node._fields_[9].decode


def _decode(self: Node, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["artifacts"]
    v = _d0(v)
    put(self, "artifacts", v)
    v = raw["children"]
    v = _d1(v)
    put(self, "children", v)
    v = raw["encapsulating"]
    v = _d2(v)
    put(self, "encapsulating", v)
    v = raw["end_time"]
    if v is not None:
        v = _fromiso(v)
    put(self, "end_time", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["kind"]
    v = _d5(v)
    put(self, "kind", v)
    v = raw["label"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "label", v)
    v = raw["parents"]
    v = _d7(v)
    put(self, "parents", v)
    v = raw["start_time"]
    v = _fromiso(v)
    put(self, "start_time", v)
    v = raw["state_type"]
    v = _d9(v)
    put(self, "state_type", v)


Node._fast_ = _decode
