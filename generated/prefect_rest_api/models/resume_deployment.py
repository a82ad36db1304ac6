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
    from ..models.resume_deployment_source import ResumeDeploymentSource


@_attrs_define(kw_only=True)
class ResumeDeployment(_t.Model):
    """Resumes the given Deployment

    Attributes:
        deployment_id (UUID | None | Unset): The identifier of the deployment
        source (ResumeDeploymentSource | Unset): Whether this Action applies to a specific selected
            deployment (given by `deployment_id`), or to a deployment that is inferred from the
            triggering event.  If the source is 'inferred', the `deployment_id` may not be set.  If the
            source is 'selected', the `deployment_id` must be set. Default:
            ResumeDeploymentSource.SELECTED.
        type (Literal['resume-deployment'] | Unset):  Default: 'resume-deployment'.
    """

    deployment_id: UUID | None | Unset = UNSET
    source: ResumeDeploymentSource | Unset = UNSET
    type: Literal["resume-deployment"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ResumeDeployment,
    _t.Field("deployment_id", "deployment_id", _t.union(_t.UUID_, _t.NONE), False, default=None),
    _t.Field(
        "source",
        "source",
        _t.enum_of("resume_deployment_source", "ResumeDeploymentSource"),
        False,
        default="selected",
    ),
    _t.Field("type", "type", _t.const("resume-deployment"), False, default="resume-deployment"),
    consts=(("type", "resume-deployment"),),
)

_d1 = ResumeDeployment._fields_[1].decode
_d2 = ResumeDeployment._fields_[2].decode


def _decode(self: ResumeDeployment, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployment_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "deployment_id", v)
    v = get("source", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "source", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "type", v)


ResumeDeployment._fast_ = _decode


_values = ResumeDeployment._values_


def _dump_json(self: ResumeDeployment) -> dict[str, Any]:
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
        "deployment_id": v0,
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


ResumeDeployment._dump_json = _dump_json  # type: ignore[method-assign,assignment]
