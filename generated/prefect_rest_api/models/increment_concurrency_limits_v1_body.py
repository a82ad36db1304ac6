from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class IncrementConcurrencyLimitsV1Body(_t.Model):
    """IncrementConcurrencyLimitsV1Body

    Attributes:
        names (list[str]): The tags to acquire a slot for
        task_run_id (UUID): The ID of the task run acquiring the slot
    """

    names: list[str]
    task_run_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    IncrementConcurrencyLimitsV1Body,
    _t.Field("names", "names", _t.list_of(_t.STR), True),
    _t.Field("task_run_id", "task_run_id", _t.UUID_, True),
)


def _decode(self: IncrementConcurrencyLimitsV1Body, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["names"]
    if v.__class__ is not list or any(x.__class__ is not str for x in v):
        raise TypeError
    put(self, "names", v)
    v = raw["task_run_id"]
    v = _uuid(v)
    put(self, "task_run_id", v)


IncrementConcurrencyLimitsV1Body._fast_ = _decode


_values = IncrementConcurrencyLimitsV1Body._values_


def _dump_json(self: IncrementConcurrencyLimitsV1Body) -> dict[str, Any]:
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
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
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
    out: dict[str, Any] = {
        "names": v0,
        "task_run_id": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


IncrementConcurrencyLimitsV1Body._dump_json = _dump_json  # type: ignore[method-assign,assignment]
