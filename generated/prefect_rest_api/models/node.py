from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
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


def _dump_json(self: Node) -> dict[str, Any]:
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
    v = self.children
    if v.__class__ in _PLAIN:
        out["children"] = v
    elif v is not UNSET:
        out["children"] = _dj(v)
    v = self.encapsulating
    if v.__class__ in _PLAIN:
        out["encapsulating"] = v
    elif v is not UNSET:
        out["encapsulating"] = _dj(v)
    v = self.end_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["end_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["end_time"] = v
    elif v is not UNSET:
        out["end_time"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.kind
    if isinstance(v, _Enum):
        out["kind"] = v._value_
    elif v.__class__ in _PLAIN:
        out["kind"] = v
    elif v is not UNSET:
        out["kind"] = _dj(v)
    v = self.label
    if v.__class__ in _PLAIN:
        out["label"] = v
    elif v is not UNSET:
        out["label"] = _dj(v)
    v = self.parents
    if v.__class__ in _PLAIN:
        out["parents"] = v
    elif v is not UNSET:
        out["parents"] = _dj(v)
    v = self.start_time
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["start_time"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["start_time"] = v
    elif v is not UNSET:
        out["start_time"] = _dj(v)
    v = self.state_type
    if isinstance(v, _Enum):
        out["state_type"] = v._value_
    elif v.__class__ in _PLAIN:
        out["state_type"] = v
    elif v is not UNSET:
        out["state_type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Node._dump_json = _dump_json  # type: ignore[method-assign,assignment]
