from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class FlowRunResult(_t.Model):
    """FlowRunResult

    Attributes:
        id (UUID):
        input_type (Literal['flow_run'] | Unset):  Default: 'flow_run'.
    """

    id: UUID
    input_type: Literal["flow_run"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunResult,
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("input_type", "input_type", _t.const("flow_run"), False, default="flow_run"),
    consts=(("input_type", "flow_run"),),
)

_d1 = FlowRunResult._fields_[1].decode


def _decode(self: FlowRunResult, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = get("input_type", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "input_type", v)


FlowRunResult._fast_ = _decode


_values = FlowRunResult._values_


def _dump_json(self: FlowRunResult) -> dict[str, Any]:
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
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    out: dict[str, Any] = {
        "id": v0,
        "input_type": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunResult._dump_json = _dump_json  # type: ignore[method-assign,assignment]
