from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class DeleteFlowRun(_t.Model):
    """Deletes a flow run associated with the trigger

    Attributes:
        type (Literal['delete-flow-run'] | Unset):  Default: 'delete-flow-run'.
    """

    type: Literal["delete-flow-run"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeleteFlowRun,
    _t.Field("type", "type", _t.const("delete-flow-run"), False, default="delete-flow-run"),
    consts=(("type", "delete-flow-run"),),
)

_d0 = DeleteFlowRun._fields_[0].decode


def _decode(self: DeleteFlowRun, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "type", v)


DeleteFlowRun._fast_ = _decode


def _dump_json(self: DeleteFlowRun) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeleteFlowRun._dump_json = _dump_json  # type: ignore[method-assign,assignment]
