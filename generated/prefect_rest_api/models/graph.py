from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET
from ..types import _UTC as _utc
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = Graph._values_


def _dump_json(self: Graph) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (
        v0,
        v1,
        v2,
        v3,
        v4,
        v5,
    ) = _values(self)
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is _datetime:
        us = v1.microsecond
        if us and v1.tzinfo is _utc:
            y = v1.year
            v1 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v1.month]}-{_D2[v1.day]}"
                f"T{_D2[v1.hour]}:{_D2[v1.minute]}:{_D2[v1.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v1 = _iso(v1)
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is _datetime:
        us = v4.microsecond
        if us and v4.tzinfo is _utc:
            y = v4.year
            v4 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v4.month]}-{_D2[v4.day]}"
                f"T{_D2[v4.hour]}:{_D2[v4.minute]}:{_D2[v4.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v4 = _iso(v4)
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is dict:
        v5 = _dump_dict(v5) if v5 else {}
    elif v5.__class__ is list:
        v5 = _dump_list(v5) if v5 else []
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "artifacts": v0,
        "end_time": v1,
        "nodes": v2,
        "root_node_ids": v3,
        "start_time": v4,
        "states": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Graph._dump_json = _dump_json  # type: ignore[method-assign,assignment]
