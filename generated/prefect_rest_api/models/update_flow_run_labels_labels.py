from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class UpdateFlowRunLabelsLabels(_t.Model):
    """The labels to update"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    UpdateFlowRunLabelsLabels,
)


def _decode(self: UpdateFlowRunLabelsLabels, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__


UpdateFlowRunLabelsLabels._fast_ = _decode


def _dump_json(self: UpdateFlowRunLabelsLabels) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


UpdateFlowRunLabelsLabels._dump_json = _dump_json  # type: ignore[method-assign,assignment]
