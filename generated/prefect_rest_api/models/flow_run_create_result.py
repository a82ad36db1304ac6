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


_values = FlowRunCreateResult._values_


def _dump_json(self: FlowRunCreateResult) -> dict[str, Any]:
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
    if isinstance(v0, _Enum):
        v0 = v0._value_
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
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "status": v0,
        "error": v1,
        "flow_run_id": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunCreateResult._dump_json = _dump_json  # type: ignore[method-assign,assignment]
