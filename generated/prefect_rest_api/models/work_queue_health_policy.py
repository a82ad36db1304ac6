from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class WorkQueueHealthPolicy(_t.Model):
    """WorkQueueHealthPolicy

    Attributes:
        maximum_late_runs (int | None | Unset): The maximum number of late runs in the work queue
            before it is deemed unhealthy. Defaults to `0`. Default: 0.
        maximum_seconds_since_last_polled (int | None | Unset): The maximum number of time in
            seconds elapsed since work queue has been polled before it is deemed unhealthy. Defaults to
            `60`. Default: 60.
    """

    maximum_late_runs: int | None | Unset = UNSET
    maximum_seconds_since_last_polled: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkQueueHealthPolicy,
    _t.Field("maximum_late_runs", "maximum_late_runs", _t.union(_t.INT, _t.NONE), False, default=0),
    _t.Field(
        "maximum_seconds_since_last_polled",
        "maximum_seconds_since_last_polled",
        _t.union(_t.INT, _t.NONE),
        False,
        default=60,
    ),
)


def _decode(self: WorkQueueHealthPolicy, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("maximum_late_runs", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "maximum_late_runs", v)
    v = get("maximum_seconds_since_last_polled", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "maximum_seconds_since_last_polled", v)


WorkQueueHealthPolicy._fast_ = _decode


_values = WorkQueueHealthPolicy._values_


def _dump_json(self: WorkQueueHealthPolicy) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "maximum_late_runs": v0,
        "maximum_seconds_since_last_polled": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkQueueHealthPolicy._dump_json = _dump_json  # type: ignore[method-assign,assignment]
