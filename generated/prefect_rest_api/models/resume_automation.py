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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ResumeAutomation,
    _t.Field("automation_id", "automation_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field(
        "source",
        "source",
        _t.enum_of("resume_automation_source", "ResumeAutomationSource"),
        False,
        default="selected",
    ),
    _t.Field("type", "type", _t.const("resume-automation"), False, default="resume-automation"),
    consts=(("type", "resume-automation"),),
)

_d1 = ResumeAutomation._fields_[1].decode
_d2 = ResumeAutomation._fields_[2].decode


def _decode(self: ResumeAutomation, raw: dict[str, Any]) -> None:
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


ResumeAutomation._fast_ = _decode


_values = ResumeAutomation._values_


def _dump_json(self: ResumeAutomation) -> dict[str, Any]:
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
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _Enum):
        v1 = v1._value_
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "automation_id": v0,
        "source": v1,
        "type": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ResumeAutomation._dump_json = _dump_json  # type: ignore[method-assign,assignment]
