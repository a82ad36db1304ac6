from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class LogFilterFlowRunId(_t.Model):
    """Filter by `Log.flow_run_id`.

    Attributes:
        any_ (list[UUID] | None | Unset): A list of flow run IDs to include
    """

    any_: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    LogFilterFlowRunId,
    _t.Field("any_", "any_", _t.union(_t.list_of(_t.UUID_), _t.NONE), False, default=None),
)

_d0 = LogFilterFlowRunId._fields_[0].decode


def _decode(self: LogFilterFlowRunId, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("any_", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "any_", v)


LogFilterFlowRunId._fast_ = _decode


def _dump_json(self: LogFilterFlowRunId) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.any_
    if v.__class__ in _PLAIN:
        out["any_"] = v
    elif v is not UNSET:
        out["any_"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


LogFilterFlowRunId._dump_json = _dump_json  # type: ignore[method-assign,assignment]
