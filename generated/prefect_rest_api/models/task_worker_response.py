from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any

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


@_attrs_define(kw_only=True)
class TaskWorkerResponse(_t.Model):
    """TaskWorkerResponse

    Attributes:
        identifier (str):
        task_keys (list[str]):
        timestamp (datetime.datetime):
    """

    identifier: str
    task_keys: list[str]
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskWorkerResponse,
    _t.Field("identifier", "identifier", _t.STR, True),
    _t.Field("task_keys", "task_keys", _t.list_of(_t.STR), True),
    _t.Field("timestamp", "timestamp", _t.DATETIME, True),
)


def _decode(self: TaskWorkerResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["identifier"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "identifier", v)
    v = raw["task_keys"]
    if v.__class__ is not list or any(x.__class__ is not str for x in v):
        raise TypeError
    put(self, "task_keys", v)
    v = raw["timestamp"]
    v = _fromiso(v)
    put(self, "timestamp", v)


TaskWorkerResponse._fast_ = _decode


_values = TaskWorkerResponse._values_


def _dump_json(self: TaskWorkerResponse) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
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
    if v2.__class__ is _datetime:
        us = v2.microsecond
        if us and v2.tzinfo is _utc:
            y = v2.year
            v2 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v2.month]}-{_D2[v2.day]}"
                f"T{_D2[v2.hour]}:{_D2[v2.minute]}:{_D2[v2.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v2 = _iso(v2)
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "identifier": v0,
        "task_keys": v1,
        "timestamp": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskWorkerResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
