from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class GraphArtifact(_t.Model):
    """GraphArtifact

    Attributes:
        created (datetime.datetime):
        data (Any | None):
        id (UUID):
        is_latest (bool):
        key (str | None):
        type (str | None):
    """

    created: datetime.datetime
    data: Any | None
    id: UUID
    is_latest: bool
    key: str | None
    type: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    GraphArtifact,
    _t.Field("created", "created", _t.DATETIME, True),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("is_latest", "is_latest", _t.BOOL, True),
    _t.Field("key", "key", _t.union(_t.STR, _t.NONE), True),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), True),
)


def _decode(self: GraphArtifact, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["created"]
    v = _fromiso(v)
    put(self, "created", v)
    v = raw["data"]

    put(self, "data", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["is_latest"]
    if v.__class__ is not bool:
        raise TypeError
    put(self, "is_latest", v)
    v = raw["key"]
    if v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "key", v)
    v = raw["type"]
    if v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "type", v)


GraphArtifact._fast_ = _decode


def _dump_json(self: GraphArtifact) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.data
    if v.__class__ in _PLAIN:
        out["data"] = v
    elif v is not UNSET:
        out["data"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.is_latest
    if v.__class__ in _PLAIN:
        out["is_latest"] = v
    elif v is not UNSET:
        out["is_latest"] = _dj(v)
    v = self.key
    if v.__class__ in _PLAIN:
        out["key"] = v
    elif v is not UNSET:
        out["key"] = _dj(v)
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


GraphArtifact._dump_json = _dump_json  # type: ignore[method-assign,assignment]
