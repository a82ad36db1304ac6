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
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class GetScheduledFlowRunsForDeploymentsBody(_t.Model):
    """GetScheduledFlowRunsForDeploymentsBody

    Attributes:
        deployment_ids (list[UUID]): The deployment IDs to get scheduled runs for
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        scheduled_before (datetime.datetime | Unset): The maximum time to look for scheduled flow
            runs
    """

    deployment_ids: list[UUID]
    limit: int | Unset = UNSET
    scheduled_before: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    GetScheduledFlowRunsForDeploymentsBody,
    _t.Field("deployment_ids", "deployment_ids", _t.list_of(_t.UUID_), True),
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("scheduled_before", "scheduled_before", _t.DATETIME, False),
)

_d0 = GetScheduledFlowRunsForDeploymentsBody._fields_[0].decode


def _decode(self: GetScheduledFlowRunsForDeploymentsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["deployment_ids"]
    v = _d0(v)
    put(self, "deployment_ids", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("scheduled_before", UNSET)
    if v is not UNSET:
        v = _fromiso(v)
    put(self, "scheduled_before", v)


GetScheduledFlowRunsForDeploymentsBody._fast_ = _decode


_values = GetScheduledFlowRunsForDeploymentsBody._values_


def _dump_json(self: GetScheduledFlowRunsForDeploymentsBody) -> dict[str, Any]:
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
        "deployment_ids": v0,
        "limit": v1,
        "scheduled_before": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


GetScheduledFlowRunsForDeploymentsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
