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
class SetFlowRunStateBody(_t.Model):
    """SetFlowRunStateBody

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
    SetFlowRunStateBody,
    _t.Field("state", "state", _t.model("state_create", "StateCreate"), True),
    _t.Field("force", "force", _t.BOOL, False, default=False),
)

_d0 = SetFlowRunStateBody._fields_[0].decode


def _decode(self: SetFlowRunStateBody, raw: dict[str, Any]) -> None:
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


SetFlowRunStateBody._fast_ = _decode


_values = SetFlowRunStateBody._values_


def _dump_json(self: SetFlowRunStateBody) -> dict[str, Any]:
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
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
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
    out: dict[str, Any] = {
        "state": v0,
        "force": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SetFlowRunStateBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
