from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
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


_values = GraphArtifact._values_


def _dump_json(self: GraphArtifact) -> dict[str, Any]:
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
    if v0.__class__ is _datetime:
        us = v0.microsecond
        if us and v0.tzinfo is _utc:
            y = v0.year
            v0 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v0.month]}-{_D2[v0.day]}"
                f"T{_D2[v0.hour]}:{_D2[v0.minute]}:{_D2[v0.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v0 = _iso(v0)
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
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "created": v0,
        "data": v1,
        "id": v2,
        "is_latest": v3,
        "key": v4,
        "type": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


GraphArtifact._dump_json = _dump_json  # type: ignore[method-assign,assignment]
