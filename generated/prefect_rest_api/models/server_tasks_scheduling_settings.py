from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerTasksSchedulingSettings(_t.Model):
    """Settings for controlling server-side behavior related to task scheduling

    Attributes:
        max_retry_queue_size (int | Unset): The maximum number of retries to queue for submission.
            Default: 100.
        max_scheduled_queue_size (int | Unset): The maximum number of scheduled tasks to queue for
            submission. Default: 1000.
        pending_task_timeout (_dt.timedelta | Unset): How long before a PENDING task are made
            available to another task worker. Default: 'PT0S'.
    """

    max_retry_queue_size: int | Unset = UNSET
    max_scheduled_queue_size: int | Unset = UNSET
    pending_task_timeout: _dt.timedelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerTasksSchedulingSettings,
    _t.Field("max_retry_queue_size", "max_retry_queue_size", _t.INT, False, default=100),
    _t.Field("max_scheduled_queue_size", "max_scheduled_queue_size", _t.INT, False, default=1000),
    _t.Field("pending_task_timeout", "pending_task_timeout", _t.DURATION, False, default="PT0S"),
)

_d2 = ServerTasksSchedulingSettings._fields_[2].decode


def _decode(self: ServerTasksSchedulingSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("max_retry_queue_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_retry_queue_size", v)
    v = get("max_scheduled_queue_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_scheduled_queue_size", v)
    v = get("pending_task_timeout", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d2(v)
    put(self, "pending_task_timeout", v)


ServerTasksSchedulingSettings._fast_ = _decode


_values = ServerTasksSchedulingSettings._values_


def _dump_json(self: ServerTasksSchedulingSettings) -> dict[str, Any]:
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
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is _td:
        v2 = v2.total_seconds()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "max_retry_queue_size": v0,
        "max_scheduled_queue_size": v1,
        "pending_task_timeout": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerTasksSchedulingSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
