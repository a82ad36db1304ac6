from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class Flow(_t.Model):
    """An ORM representation of flow data.

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of the flow
        updated (datetime.datetime | None):
        labels (dict[str, bool | int | float | str] | None | Unset): A dictionary of key-value
            labels. Values can be strings, numbers, or booleans.
        tags (list[str] | Unset): A list of flow tags
    """

    created: datetime.datetime | None
    id: UUID
    name: str
    updated: datetime.datetime | None
    labels: dict[str, bool | int | float | str] | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Flow,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
)

_d4 = Flow._fields_[4].decode


def _decode(self: Flow, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "labels", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)


Flow._fast_ = _decode


def _dump_json(self: Flow) -> dict[str, Any]:
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
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    v = self.labels
    if v.__class__ in _PLAIN:
        out["labels"] = v
    elif v is not UNSET:
        out["labels"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Flow._dump_json = _dump_json  # type: ignore[method-assign,assignment]
