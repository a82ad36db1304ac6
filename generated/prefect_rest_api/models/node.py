from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = Node._values_


def _dump_json(self: Node) -> dict[str, Any]:
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
        v6,
        v7,
        v8,
        v9,
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
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
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
    if v3.__class__ is _datetime:
        us = v3.microsecond
        if us and v3.tzinfo is _utc:
            y = v3.year
            v3 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v3.month]}-{_D2[v3.day]}"
                f"T{_D2[v3.hour]}:{_D2[v3.minute]}:{_D2[v3.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v3 = _iso(v3)
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is UUID:
        v4 = v4.int.to_bytes(16).hex("-", 2)
        v4 = v4[:4] + v4[5:29] + v4[30:34] + v4[35:]
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if isinstance(v5, _Enum):
        v5 = v5._value_
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ is dict:
        v7 = _dump_dict(v7) if v7 else {}
    elif v7.__class__ is list:
        v7 = _dump_list(v7) if v7 else []
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is _datetime:
        us = v8.microsecond
        if us and v8.tzinfo is _utc:
            y = v8.year
            v8 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v8.month]}-{_D2[v8.day]}"
                f"T{_D2[v8.hour]}:{_D2[v8.minute]}:{_D2[v8.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v8 = _iso(v8)
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if isinstance(v9, _Enum):
        v9 = v9._value_
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    out: dict[str, Any] = {
        "artifacts": v0,
        "children": v1,
        "encapsulating": v2,
        "end_time": v3,
        "id": v4,
        "kind": v5,
        "label": v6,
        "parents": v7,
        "start_time": v8,
        "state_type": v9,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Node._dump_json = _dump_json  # type: ignore[method-assign,assignment]
