from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.resume_work_queue_source import ResumeWorkQueueSource


@_attrs_define(kw_only=True)
class ResumeWorkQueue(_t.Model):
    """Resumes a Work Queue

    Attributes:
        source (ResumeWorkQueueSource | Unset): Whether this Action applies to a specific selected
            work queue (given by `work_queue_id`), or to a work queue that is inferred from the
            triggering event.  If the source is 'inferred', the `work_queue_id` may not be set.  If the
            source is 'selected', the `work_queue_id` must be set. Default:
            ResumeWorkQueueSource.SELECTED.
        type (Literal['resume-work-queue'] | Unset):  Default: 'resume-work-queue'.
        work_queue_id (UUID | None | Unset): The identifier of the work queue to pause
    """

    source: ResumeWorkQueueSource | Unset = UNSET
    type: Literal["resume-work-queue"] | Unset = UNSET
    work_queue_id: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ResumeWorkQueue,
    _t.Field(
        "source",
        "source",
        _t.enum_of("resume_work_queue_source", "ResumeWorkQueueSource"),
        False,
        default="selected",
    ),
    _t.Field("type", "type", _t.const("resume-work-queue"), False, default="resume-work-queue"),
    _t.Field("work_queue_id", "work_queue_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    consts=(("type", "resume-work-queue"),),
)

_d0 = ResumeWorkQueue._fields_[0].decode
_d1 = ResumeWorkQueue._fields_[1].decode


def _decode(self: ResumeWorkQueue, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("source", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "source", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "type", v)
    v = get("work_queue_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "work_queue_id", v)


ResumeWorkQueue._fast_ = _decode


_values = ResumeWorkQueue._values_


def _dump_json(self: ResumeWorkQueue) -> dict[str, Any]:
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
        v2,
    ) = _values(self)
    if isinstance(v0, _Enum):
        v0 = v0._value_
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "source": v0,
        "type": v1,
        "work_queue_id": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ResumeWorkQueue._dump_json = _dump_json  # type: ignore[method-assign,assignment]
