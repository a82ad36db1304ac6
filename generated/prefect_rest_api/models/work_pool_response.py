from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
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

if TYPE_CHECKING:
    from ..models.work_pool_status import WorkPoolStatus
    from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration


@_attrs_define(kw_only=True)
class WorkPoolResponse(_t.Model):
    """WorkPoolResponse

    Attributes:
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of the work pool.
        type (str): The work pool type.
        updated (datetime.datetime | None):
        active_slots (int | None | Unset): The number of concurrency slots occupied by pending or
            running flow runs. None when concurrency_limit is not set.
        base_job_template (dict[str, Any] | Unset): The work pool's base job template.
        concurrency_limit (int | None | Unset): A concurrency limit for the work pool.
        default_queue_id (UUID | None | Unset): The id of the pool's default queue.
        description (str | None | Unset): A description of the work pool.
        is_paused (bool | Unset): Pausing the work pool stops the delivery of all work. Default:
            False.
        status (WorkPoolStatus | None | Unset): The current status of the work pool.
        storage_configuration (WorkPoolStorageConfiguration | Unset): A representation of a work
            pool's storage configuration
    """

    created: datetime.datetime | None
    id: UUID
    name: str
    type: str
    updated: datetime.datetime | None
    active_slots: int | None | Unset = UNSET
    base_job_template: dict[str, Any] | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    default_queue_id: UUID | None | Unset = UNSET
    description: str | None | Unset = UNSET
    is_paused: bool | Unset = UNSET
    status: WorkPoolStatus | None | Unset = UNSET
    storage_configuration: WorkPoolStorageConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkPoolResponse,
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field("type", "type", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("active_slots", "active_slots", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field("base_job_template", "base_job_template", _t.OBJECT, False, default={}),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field(
        "default_queue_id", "default_queue_id", _t.union(_t.UUID_, _t.NONE), False, default=None
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("is_paused", "is_paused", _t.BOOL, False, default=False),
    _t.Field(
        "status",
        "status",
        _t.union(_t.enum_of("work_pool_status", "WorkPoolStatus"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "storage_configuration",
        "storage_configuration",
        _t.model("work_pool_storage_configuration", "WorkPoolStorageConfiguration"),
        False,
    ),
)

_d11 = WorkPoolResponse._fields_[11].decode
_d12 = WorkPoolResponse._fields_[12].decode


def _decode(self: WorkPoolResponse, raw: dict[str, Any]) -> None:
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
    v = raw["type"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "type", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("active_slots", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "active_slots", v)
    v = get("base_job_template", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "base_job_template", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("default_queue_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "default_queue_id", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("is_paused", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "is_paused", v)
    v = get("status", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "status", v)
    v = get("storage_configuration", UNSET)
    if v is not UNSET:
        v = _d12(v)
    put(self, "storage_configuration", v)


WorkPoolResponse._fast_ = _decode


_values = WorkPoolResponse._values_


def _dump_json(self: WorkPoolResponse) -> dict[str, Any]:
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
        v10,
        v11,
        v12,
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
    if v1.__class__ is UUID:
        v1 = v1.int.to_bytes(16).hex("-", 2)
        v1 = v1[:4] + v1[5:29] + v1[30:34] + v1[35:]
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
    if v3.__class__ not in _PLAIN:
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
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is UUID:
        v8 = v8.int.to_bytes(16).hex("-", 2)
        v8 = v8[:4] + v8[5:29] + v8[30:34] + v8[35:]
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if isinstance(v11, _Enum):
        v11 = v11._value_
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if isinstance(v12, _t.Model):
        v12 = v12._dump_json()
    elif v12 is not None and v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    out: dict[str, Any] = {
        "created": v0,
        "id": v1,
        "name": v2,
        "type": v3,
        "updated": v4,
        "active_slots": v5,
        "base_job_template": v6,
        "concurrency_limit": v7,
        "default_queue_id": v8,
        "description": v9,
        "is_paused": v10,
        "status": v11,
        "storage_configuration": v12,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
