from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.queue_filter import QueueFilter


@_attrs_define(kw_only=True)
class WorkQueueCreate(_t.Model):
    """Data used by the Prefect REST API to create a work queue.

    Attributes:
        name (str): The name of the work queue.
        concurrency_limit (int | None | Unset): The work queue's concurrency limit.
        description (str | None | Unset): An optional description for the work queue. Default: ''.
        filter (QueueFilter | None | Unset): DEPRECATED: Filter criteria for the work queue.
        is_paused (bool | Unset): Whether or not the work queue is paused. Default: False.
        priority (int | None | Unset): The queue's priority. Lower values are higher priority (1 is
            the highest).
    """

    name: str
    concurrency_limit: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    filter: QueueFilter | None | Unset = UNSET
    is_paused: bool | Unset = UNSET
    priority: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkQueueCreate,
    _t.Field("name", "name", _t.STR, True),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=""),
    _t.Field(
        "filter",
        "filter",
        _t.union(_t.model("queue_filter", "QueueFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("is_paused", "is_paused", _t.BOOL, False, default=False),
    _t.Field("priority", "priority", _t.union(_t.INT, _t.NONE), False, default=None),
)

_d3 = WorkQueueCreate._fields_[3].decode


def _decode(self: WorkQueueCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("filter", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "filter", v)
    v = get("is_paused", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "is_paused", v)
    v = get("priority", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "priority", v)


WorkQueueCreate._fast_ = _decode


_values = WorkQueueCreate._values_


def _dump_json(self: WorkQueueCreate) -> dict[str, Any]:
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
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
        "name": v0,
        "concurrency_limit": v1,
        "description": v2,
        "filter": v3,
        "is_paused": v4,
        "priority": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
