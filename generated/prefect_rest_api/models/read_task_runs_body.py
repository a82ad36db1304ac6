from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter
    from ..models.task_run_sort import TaskRunSort


@_attrs_define(kw_only=True)
class ReadTaskRunsBody(_t.Model):
    """ReadTaskRunsBody

    Attributes:
        deployments (DeploymentFilter | None | Unset):
        flow_runs (FlowRunFilter | None | Unset):
        flows (FlowFilter | None | Unset):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        offset (int | Unset):  Default: 0.
        sort (TaskRunSort | Unset): Defines task run sorting options.
        task_runs (TaskRunFilter | None | Unset):
    """

    deployments: DeploymentFilter | None | Unset = UNSET
    flow_runs: FlowRunFilter | None | Unset = UNSET
    flows: FlowFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort: TaskRunSort | Unset = UNSET
    task_runs: TaskRunFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadTaskRunsBody,
    _t.Field(
        "deployments",
        "deployments",
        _t.union(_t.model("deployment_filter", "DeploymentFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "flow_runs",
        "flow_runs",
        _t.union(_t.model("flow_run_filter", "FlowRunFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "flows",
        "flows",
        _t.union(_t.model("flow_filter", "FlowFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False, default=0),
    _t.Field("sort", "sort", _t.enum_of("task_run_sort", "TaskRunSort"), False),
    _t.Field(
        "task_runs",
        "task_runs",
        _t.union(_t.model("task_run_filter", "TaskRunFilter"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = ReadTaskRunsBody._fields_[0].decode
_d1 = ReadTaskRunsBody._fields_[1].decode
_d2 = ReadTaskRunsBody._fields_[2].decode
_d5 = ReadTaskRunsBody._fields_[5].decode
_d6 = ReadTaskRunsBody._fields_[6].decode


def _decode(self: ReadTaskRunsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployments", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "deployments", v)
    v = get("flow_runs", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "flow_runs", v)
    v = get("flows", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "flows", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("offset", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "offset", v)
    v = get("sort", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "sort", v)
    v = get("task_runs", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "task_runs", v)


ReadTaskRunsBody._fast_ = _decode


_values = ReadTaskRunsBody._values_


def _dump_json(self: ReadTaskRunsBody) -> dict[str, Any]:
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
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if isinstance(v5, _Enum):
        v5 = v5._value_
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "deployments": v0,
        "flow_runs": v1,
        "flows": v2,
        "limit": v3,
        "offset": v4,
        "sort": v5,
        "task_runs": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadTaskRunsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
