from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.integration import Integration


@_attrs_define(kw_only=True)
class WorkerMetadata(_t.Model):
    """Worker metadata: the installed integrations, and any other keys.

    Attributes:
        integrations (list[Integration]): Prefect integrations installed in the worker.
    """

    integrations: list[Integration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerMetadata,
    _t.Field(
        "integrations", "integrations", _t.list_of(_t.model("integration", "Integration")), True
    ),
)

_d0 = WorkerMetadata._fields_[0].decode


def _decode(self: WorkerMetadata, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["integrations"]
    v = _d0(v)
    put(self, "integrations", v)


WorkerMetadata._fast_ = _decode


def _dump_json(self: WorkerMetadata) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.integrations
    if v.__class__ in _PLAIN:
        out["integrations"] = v
    elif v is not UNSET:
        out["integrations"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerMetadata._dump_json = _dump_json  # type: ignore[method-assign,assignment]
