from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset
from ..types import UUID_ as _uuid

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
