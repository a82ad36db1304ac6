from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class WorkerFilterLastHeartbeatTime(_t.Model):
    """Filter by `Worker.last_heartbeat_time`.

    Attributes:
        after_ (datetime.datetime | None | Unset): Only include processes whose last heartbeat was
            at or after this time
        before_ (datetime.datetime | None | Unset): Only include processes whose last heartbeat was
            at or before this time
    """

    after_: datetime.datetime | None | Unset = UNSET
    before_: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerFilterLastHeartbeatTime,
    _t.Field("after_", "after_", _t.union(_t.DATETIME, _t.NONE), False, default=None),
    _t.Field("before_", "before_", _t.union(_t.DATETIME, _t.NONE), False, default=None),
)


def _decode(self: WorkerFilterLastHeartbeatTime, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("after_", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "after_", v)
    v = get("before_", UNSET)
    if v is not UNSET and v is not None:
        v = _fromiso(v)
    put(self, "before_", v)


WorkerFilterLastHeartbeatTime._fast_ = _decode


def _dump_json(self: WorkerFilterLastHeartbeatTime) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.after_
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["after_"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["after_"] = v
    elif v is not UNSET:
        out["after_"] = _dj(v)
    v = self.before_
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["before_"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["before_"] = v
    elif v is not UNSET:
        out["before_"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerFilterLastHeartbeatTime._dump_json = _dump_json  # type: ignore[method-assign,assignment]
