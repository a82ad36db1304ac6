from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_policy import FlowRunPolicy


@_attrs_define(kw_only=True)
class FlowRunUpdate(_t.Model):
    """Data used by the Prefect REST API to update a flow run.

    Attributes:
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        flow_version (str | None | Unset):
        infrastructure_pid (str | None | Unset):
        job_variables (dict[str, Any] | None | Unset):
        name (str | None | Unset):
        parameters (dict[str, Any] | Unset):
        tags (list[str] | Unset):
    """

    empirical_policy: FlowRunPolicy | Unset = UNSET
    flow_version: str | None | Unset = UNSET
    infrastructure_pid: str | None | Unset = UNSET
    job_variables: dict[str, Any] | None | Unset = UNSET
    name: str | None | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunUpdate,
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("flow_run_policy", "FlowRunPolicy"), False
    ),
    _t.Field("flow_version", "flow_version", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "infrastructure_pid", "infrastructure_pid", _t.union(_t.STR, _t.NONE), False, default=None
    ),
    _t.Field("job_variables", "job_variables", _t.union(_t.OBJECT, _t.NONE), False, default=None),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("parameters", "parameters", _t.OBJECT, False, default={}),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
)

_d0 = FlowRunUpdate._fields_[0].decode


def _decode(self: FlowRunUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("empirical_policy", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "empirical_policy", v)
    v = get("flow_version", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "flow_version", v)
    v = get("infrastructure_pid", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "infrastructure_pid", v)
    v = get("job_variables", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "job_variables", v)
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "parameters", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)


FlowRunUpdate._fast_ = _decode


_values = FlowRunUpdate._values_


def _dump_json(self: FlowRunUpdate) -> dict[str, Any]:
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
        v3,
        v4,
        v5,
        v6,
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is dict:
        v5 = _dump_dict(v5) if v5 else {}
    elif v5.__class__ is list:
        v5 = _dump_list(v5) if v5 else []
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ is dict:
        v6 = _dump_dict(v6) if v6 else {}
    elif v6.__class__ is list:
        v6 = _dump_list(v6) if v6 else []
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "empirical_policy": v0,
        "flow_version": v1,
        "infrastructure_pid": v2,
        "job_variables": v3,
        "name": v4,
        "parameters": v5,
        "tags": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
