from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class Artifact(_t.Model):
    """Artifact

    Attributes:
        created (datetime.datetime | None | Unset):
        data (Any | None | Unset): Data associated with the artifact, e.g. a result.; structure
            depends on the artifact type.
        description (str | None | Unset): A markdown-enabled description of the artifact.
        flow_run_id (UUID | None | Unset): The flow run associated with the artifact.
        id (UUID | Unset):
        key (str | None | Unset): An optional unique reference key for this artifact.
        metadata_ (dict[str, str] | None | Unset): User-defined artifact metadata. Content must be
            string key and value pairs.
        task_run_id (UUID | None | Unset): The task run associated with the artifact.
        type (str | None | Unset): An identifier that describes the shape of the data field. e.g.
            'result', 'table', 'markdown'
        updated (datetime.datetime | None | Unset):
    """

    created: datetime.datetime | None | Unset = UNSET
    data: Any | None | Unset = UNSET
    description: str | None | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    id: UUID | Unset = UNSET
    key: str | None | Unset = UNSET
    metadata_: dict[str, str] | None | Unset = UNSET
    task_run_id: UUID | None | Unset = UNSET
    type: str | None | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Artifact,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False, default=None),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("id", "id", _t.UUID_, False),
    _t.Field("key", "key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("metadata_", "metadata_", _t.union(_t.dict_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("task_run_id", "task_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), False, default=None),
)

_d6 = Artifact._fields_[6].decode


def _decode(self: Artifact, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("created", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = get("data", UNSET)

    put(self, "data", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _uuid(v)
    put(self, "id", v)
    v = get("key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "key", v)
    v = get("metadata_", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "metadata_", v)
    v = get("task_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "task_run_id", v)
    v = get("type", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "type", v)
    v = get("updated", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "updated", v)


Artifact._fast_ = _decode


_values = Artifact._values_


def _dump_json(self: Artifact) -> dict[str, Any]:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is UUID:
        v3 = v3.int.to_bytes(16).hex("-", 2)
        v3 = v3[:4] + v3[5:29] + v3[30:34] + v3[35:]
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
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ is dict:
        v6 = _dump_dict(v6) if v6 else {}
    elif v6.__class__ is list:
        v6 = _dump_list(v6) if v6 else []
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ is UUID:
        v7 = v7.int.to_bytes(16).hex("-", 2)
        v7 = v7[:4] + v7[5:29] + v7[30:34] + v7[35:]
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ is _datetime:
        us = v9.microsecond
        if us and v9.tzinfo is _utc:
            y = v9.year
            v9 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v9.month]}-{_D2[v9.day]}"
                f"T{_D2[v9.hour]}:{_D2[v9.minute]}:{_D2[v9.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v9 = _iso(v9)
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    out: dict[str, Any] = {
        "created": v0,
        "data": v1,
        "description": v2,
        "flow_run_id": v3,
        "id": v4,
        "key": v5,
        "metadata_": v6,
        "task_run_id": v7,
        "type": v8,
        "updated": v9,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Artifact._dump_json = _dump_json  # type: ignore[method-assign,assignment]
