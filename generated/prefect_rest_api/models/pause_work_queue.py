from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pause_work_queue_source import PauseWorkQueueSource


@_attrs_define(kw_only=True)
class PauseWorkQueue(_t.Model):
    """Pauses a Work Queue

    Attributes:
        source (PauseWorkQueueSource | Unset): Whether this Action applies to a specific selected
            work queue (given by `work_queue_id`), or to a work queue that is inferred from the
            triggering event.  If the source is 'inferred', the `work_queue_id` may not be set.  If the
            source is 'selected', the `work_queue_id` must be set. Default:
            PauseWorkQueueSource.SELECTED.
        type (Literal['pause-work-queue'] | Unset):  Default: 'pause-work-queue'.
        work_queue_id (UUID | None | Unset): The identifier of the work queue to pause
    """

    source: PauseWorkQueueSource | Unset = UNSET
    type: Literal["pause-work-queue"] | Unset = UNSET
    work_queue_id: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    PauseWorkQueue,
    _t.Field(
        "source", "source", _t.enum_of("pause_work_queue_source", "PauseWorkQueueSource"), False
    ),
    _t.Field("type", "type", _t.const("pause-work-queue"), False),
    _t.Field("work_queue_id", "work_queue_id", _t.union(_t.UUID_, _t.NONE), False),
    consts=(("type", "pause-work-queue"),),
)
