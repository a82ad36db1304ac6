from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.state_create import StateCreate


@_attrs_define(kw_only=True)
class SetTaskRunStateBody(_t.Model):
    """SetTaskRunStateBody

    Attributes:
        state (StateCreate): Data used by the Prefect REST API to create a new state.
        force (bool | Unset): If false, orchestration rules will be applied that may alter or
            prevent the state transition. If True, orchestration rules are not applied. Default: False.
    """

    state: StateCreate
    force: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SetTaskRunStateBody,
    _t.Field("state", "state", _t.model("state_create", "StateCreate"), True),
    _t.Field("force", "force", _t.BOOL, False, default=False),
)

_d0 = SetTaskRunStateBody._fields_[0].decode


def _decode(self: SetTaskRunStateBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["state"]
    v = _d0(v)
    put(self, "state", v)
    v = get("force", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "force", v)


SetTaskRunStateBody._fast_ = _decode


def _dump_json(self: SetTaskRunStateBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.state
    if isinstance(v, _t.Model):
        out["state"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["state"] = v
    elif v is not UNSET:
        out["state"] = _dj(v)
    v = self.force
    if v.__class__ in _PLAIN:
        out["force"] = v
    elif v is not UNSET:
        out["force"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SetTaskRunStateBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
