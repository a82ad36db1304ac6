from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_create_result_status import FlowRunCreateResultStatus


@_attrs_define(kw_only=True)
class FlowRunCreateResult(_t.Model):
    """Per-run result for bulk create operations.

    Attributes:
        status (FlowRunCreateResultStatus):
        error (str | None | Unset):
        flow_run_id (UUID | None | Unset):
    """

    status: FlowRunCreateResultStatus
    error: str | None | Unset = UNSET
    flow_run_id: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunCreateResult,
    _t.Field(
        "status",
        "status",
        _t.enum_of("flow_run_create_result_status", "FlowRunCreateResultStatus"),
        True,
    ),
    _t.Field("error", "error", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("flow_run_id", "flow_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
)

_d0 = FlowRunCreateResult._fields_[0].decode


def _decode(self: FlowRunCreateResult, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["status"]
    v = _d0(v)
    put(self, "status", v)
    v = get("error", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "error", v)
    v = get("flow_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "flow_run_id", v)


FlowRunCreateResult._fast_ = _decode


def _dump_json(self: FlowRunCreateResult) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.status
    if isinstance(v, _Enum):
        out["status"] = v._value_
    elif v.__class__ in _PLAIN:
        out["status"] = v
    elif v is not UNSET:
        out["status"] = _dj(v)
    v = self.error
    if v.__class__ in _PLAIN:
        out["error"] = v
    elif v is not UNSET:
        out["error"] = _dj(v)
    v = self.flow_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["flow_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["flow_run_id"] = v
    elif v is not UNSET:
        out["flow_run_id"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunCreateResult._dump_json = _dump_json  # type: ignore[method-assign,assignment]
