from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerFlowRunGraphSettings(_t.Model):
    """Settings for controlling behavior of the flow run graph

    Attributes:
        max_artifacts (int | Unset): The maximum number of artifacts to show on a flow run graph on
            the v2 API Default: 10000.
        max_nodes (int | Unset): The maximum size of a flow run graph on the v2 API Default: 10000.
    """

    max_artifacts: int | Unset = UNSET
    max_nodes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerFlowRunGraphSettings,
    _t.Field("max_artifacts", "max_artifacts", _t.INT, False, default=10000),
    _t.Field("max_nodes", "max_nodes", _t.INT, False, default=10000),
)


def _decode(self: ServerFlowRunGraphSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("max_artifacts", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_artifacts", v)
    v = get("max_nodes", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_nodes", v)


ServerFlowRunGraphSettings._fast_ = _decode


_values = ServerFlowRunGraphSettings._values_


def _dump_json(self: ServerFlowRunGraphSettings) -> dict[str, Any]:
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
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    out: dict[str, Any] = {
        "max_artifacts": v0,
        "max_nodes": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerFlowRunGraphSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
