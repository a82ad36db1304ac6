from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.server_tasks_scheduling_settings import ServerTasksSchedulingSettings


@_attrs_define(kw_only=True)
class ServerTasksSettings(_t.Model):
    """Settings for controlling server-side behavior related to tasks

    Attributes:
        max_cache_key_length (int | Unset): The maximum number of characters allowed for a task run
            cache key. Default: 2000.
        scheduling (ServerTasksSchedulingSettings | Unset): Settings for controlling server-side
            behavior related to task scheduling
        tag_concurrency_slot_wait_seconds (float | Unset): The number of seconds to wait before
            retrying when a task run cannot secure a concurrency slot from the server. Default: 10.0.
    """

    max_cache_key_length: int | Unset = UNSET
    scheduling: ServerTasksSchedulingSettings | Unset = UNSET
    tag_concurrency_slot_wait_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerTasksSettings,
    _t.Field("max_cache_key_length", "max_cache_key_length", _t.INT, False, default=2000),
    _t.Field(
        "scheduling",
        "scheduling",
        _t.model("server_tasks_scheduling_settings", "ServerTasksSchedulingSettings"),
        False,
    ),
    _t.Field(
        "tag_concurrency_slot_wait_seconds",
        "tag_concurrency_slot_wait_seconds",
        _t.FLOAT,
        False,
        default=10,
    ),
)

_d1 = ServerTasksSettings._fields_[1].decode


def _decode(self: ServerTasksSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("max_cache_key_length", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_cache_key_length", v)
    v = get("scheduling", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "scheduling", v)
    v = get("tag_concurrency_slot_wait_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "tag_concurrency_slot_wait_seconds", v)


ServerTasksSettings._fast_ = _decode


_values = ServerTasksSettings._values_


def _dump_json(self: ServerTasksSettings) -> dict[str, Any]:
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
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
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
    out: dict[str, Any] = {
        "max_cache_key_length": v0,
        "scheduling": v1,
        "tag_concurrency_slot_wait_seconds": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerTasksSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
