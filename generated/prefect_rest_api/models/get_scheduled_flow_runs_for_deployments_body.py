from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj
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


def _dump_json(self: GetScheduledFlowRunsForDeploymentsBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.deployment_ids
    if v.__class__ in _PLAIN:
        out["deployment_ids"] = v
    elif v is not UNSET:
        out["deployment_ids"] = _dj(v)
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    v = self.scheduled_before
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["scheduled_before"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["scheduled_before"] = v
    elif v is not UNSET:
        out["scheduled_before"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


GetScheduledFlowRunsForDeploymentsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
