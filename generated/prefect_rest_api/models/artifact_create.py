from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ArtifactCreate(_t.Model):
    """Data used by the Prefect REST API to create an artifact.

    Attributes:
        data (Any | None | Unset): Data associated with the artifact, e.g. a result.; structure
            depends on the artifact type.
        description (str | None | Unset): A markdown-enabled description of the artifact.
        flow_run_id (UUID | None | Unset): The flow run associated with the artifact.
        key (str | None | Unset): An optional unique reference key for this artifact.
        metadata_ (dict[str, str] | None | Unset): User-defined artifact metadata. Content must be
            string key and value pairs.
        task_run_id (UUID | None | Unset): The task run associated with the artifact.
        type (str | None | Unset): An identifier that describes the shape of the data field. e.g.
            'result', 'table', 'markdown'
    """

    data: Any | None | Unset = UNSET
    description: str | None | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    key: str | None | Unset = UNSET
    metadata_: dict[str, str] | None | Unset = UNSET
    task_run_id: UUID | None | Unset = UNSET
    type: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ArtifactCreate,
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False, default=None),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("key", "key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("metadata_", "metadata_", _t.union(_t.dict_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("task_run_id", "task_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field("type", "type", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d4 = ArtifactCreate._fields_[4].decode


def _decode(self: ArtifactCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
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
    v = get("key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "key", v)
    v = get("metadata_", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "metadata_", v)
    v = get("task_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "task_run_id", v)
    v = get("type", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "type", v)


ArtifactCreate._fast_ = _decode


_values = ArtifactCreate._values_


def _dump_json(self: ArtifactCreate) -> dict[str, Any]:
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
    if v1.__class__ not in _PLAIN:
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
    if v4.__class__ is dict:
        v4 = _dump_dict(v4) if v4 else {}
    elif v4.__class__ is list:
        v4 = _dump_list(v4) if v4 else []
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is UUID:
        v5 = v5.int.to_bytes(16).hex("-", 2)
        v5 = v5[:4] + v5[5:29] + v5[30:34] + v5[35:]
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
    out: dict[str, Any] = {
        "data": v0,
        "description": v1,
        "flow_run_id": v2,
        "key": v3,
        "metadata_": v4,
        "task_run_id": v5,
        "type": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ArtifactCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
