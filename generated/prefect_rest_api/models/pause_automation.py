from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.pause_automation_source import PauseAutomationSource


@_attrs_define(kw_only=True)
class PauseAutomation(_t.Model):
    """Pauses a Work Queue

    Attributes:
        automation_id (UUID | None | Unset): The identifier of the automation to act on
        source (PauseAutomationSource | Unset): Whether this Action applies to a specific selected
            automation (given by `automation_id`), or to an automation that is inferred from the
            triggering event.  If the source is 'inferred', the `automation_id` may not be set.  If the
            source is 'selected', the `automation_id` must be set. Default:
            PauseAutomationSource.SELECTED.
        type (Literal['pause-automation'] | Unset):  Default: 'pause-automation'.
    """

    automation_id: UUID | None | Unset = UNSET
    source: PauseAutomationSource | Unset = UNSET
    type: Literal["pause-automation"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    PauseAutomation,
    _t.Field("automation_id", "automation_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field(
        "source",
        "source",
        _t.enum_of("pause_automation_source", "PauseAutomationSource"),
        False,
        default="selected",
    ),
    _t.Field("type", "type", _t.const("pause-automation"), False, default="pause-automation"),
    consts=(("type", "pause-automation"),),
)

_d1 = PauseAutomation._fields_[1].decode
_d2 = PauseAutomation._fields_[2].decode


def _decode(self: PauseAutomation, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("automation_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "automation_id", v)
    v = get("source", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "source", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "type", v)


PauseAutomation._fast_ = _decode


def _dump_json(self: PauseAutomation) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.automation_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["automation_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["automation_id"] = v
    elif v is not UNSET:
        out["automation_id"] = _dj(v)
    v = self.source
    if isinstance(v, _Enum):
        out["source"] = v._value_
    elif v.__class__ in _PLAIN:
        out["source"] = v
    elif v is not UNSET:
        out["source"] = _dj(v)
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


PauseAutomation._dump_json = _dump_json  # type: ignore[method-assign,assignment]
