from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ResumeFlowRunBody(_t.Model):
    """ResumeFlowRunBody

    Attributes:
        run_input (dict[str, Any] | None | Unset):
    """

    run_input: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ResumeFlowRunBody,
    _t.Field("run_input", "run_input", _t.union(_t.OBJECT, _t.NONE), False, default=None),
)


def _decode(self: ResumeFlowRunBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("run_input", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "run_input", v)


ResumeFlowRunBody._fast_ = _decode


def _dump_json(self: ResumeFlowRunBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.run_input
    if v.__class__ in _PLAIN:
        out["run_input"] = v
    elif v is not UNSET:
        out["run_input"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ResumeFlowRunBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
