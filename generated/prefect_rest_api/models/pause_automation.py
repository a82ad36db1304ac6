from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

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


_t.fields(
    PauseAutomation,
    _t.Field("automation_id", "automation_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field(
        "source", "source", _t.enum_of("pause_automation_source", "PauseAutomationSource"), False
    ),
    _t.Field("type", "type", _t.const("pause-automation"), False),
    consts=(("type", "pause-automation"),),
)
