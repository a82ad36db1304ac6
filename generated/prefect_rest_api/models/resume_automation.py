from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resume_automation_source import ResumeAutomationSource


@_attrs_define(kw_only=True)
class ResumeAutomation(_t.Model):
    """Resumes a Work Queue

    Attributes:
        automation_id (UUID | None | Unset): The identifier of the automation to act on
        source (ResumeAutomationSource | Unset): Whether this Action applies to a specific selected
            automation (given by `automation_id`), or to an automation that is inferred from the
            triggering event.  If the source is 'inferred', the `automation_id` may not be set.  If the
            source is 'selected', the `automation_id` must be set. Default:
            ResumeAutomationSource.SELECTED.
        type (Literal['resume-automation'] | Unset):  Default: 'resume-automation'.
    """

    automation_id: UUID | None | Unset = UNSET
    source: ResumeAutomationSource | Unset = UNSET
    type: Literal["resume-automation"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ResumeAutomation,
    _t.Field("automation_id", "automation_id", _t.union(_t.UUID_, _t.NONE), False),
    _t.Field(
        "source", "source", _t.enum_of("resume_automation_source", "ResumeAutomationSource"), False
    ),
    _t.Field("type", "type", _t.const("resume-automation"), False),
    consts=(("type", "resume-automation"),),
)
