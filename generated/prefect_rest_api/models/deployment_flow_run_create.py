from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.flow_run_policy import FlowRunPolicy
    from ..models.state_create import StateCreate


@_attrs_define(kw_only=True)
class DeploymentFlowRunCreate(_t.Model):
    """Data used by the Prefect REST API to create a flow run from a deployment.

    Attributes:
        context (dict[str, Any] | Unset):
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        enforce_parameter_schema (bool | None | Unset): Whether or not to enforce the parameter
            schema on this run.
        idempotency_key (str | None | Unset): An optional idempotency key. If a flow run with the
            same idempotency key has already been created, the existing flow run will be returned.
        infrastructure_document_id (UUID | None | Unset):
        job_variables (dict[str, Any] | None | Unset):
        labels (dict[str, bool | int | float | str] | None | Unset): A dictionary of key-value
            labels. Values can be strings, numbers, or booleans.
        name (str | Unset): The name of the flow run. Defaults to a random slug if not specified.
        parameters (dict[str, Any] | Unset):
        parent_task_run_id (UUID | None | Unset):
        state (StateCreate | None | Unset): The state of the flow run to create
        tags (list[str] | Unset): A list of tags for the flow run.
        work_queue_name (str | None | Unset):
    """

    context: dict[str, Any] | Unset = UNSET
    empirical_policy: FlowRunPolicy | Unset = UNSET
    enforce_parameter_schema: bool | None | Unset = UNSET
    idempotency_key: str | None | Unset = UNSET
    infrastructure_document_id: UUID | None | Unset = UNSET
    job_variables: dict[str, Any] | None | Unset = UNSET
    labels: dict[str, bool | int | float | str] | None | Unset = UNSET
    name: str | Unset = UNSET
    parameters: dict[str, Any] | Unset = UNSET
    parent_task_run_id: UUID | None | Unset = UNSET
    state: StateCreate | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    work_queue_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentFlowRunCreate,
    _t.Field("context", "context", _t.OBJECT, False, default={}),
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("flow_run_policy", "FlowRunPolicy"), False
    ),
    _t.Field(
        "enforce_parameter_schema",
        "enforce_parameter_schema",
        _t.union(_t.BOOL, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("idempotency_key", "idempotency_key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "infrastructure_document_id",
        "infrastructure_document_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("job_variables", "job_variables", _t.union(_t.OBJECT, _t.NONE), False, default=None),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("name", "name", _t.STR, False),
    _t.Field("parameters", "parameters", _t.OBJECT, False, default={}),
    _t.Field(
        "parent_task_run_id", "parent_task_run_id", _t.union(_t.UUID_, _t.NONE), False, default=None
    ),
    _t.Field(
        "state",
        "state",
        _t.union(_t.model("state_create", "StateCreate"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
    _t.Field("work_queue_name", "work_queue_name", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d1 = DeploymentFlowRunCreate._fields_[1].decode
_d6 = DeploymentFlowRunCreate._fields_[6].decode
_d10 = DeploymentFlowRunCreate._fields_[10].decode


def _decode(self: DeploymentFlowRunCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("context", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "context", v)
    v = get("empirical_policy", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "empirical_policy", v)
    v = get("enforce_parameter_schema", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "enforce_parameter_schema", v)
    v = get("idempotency_key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "idempotency_key", v)
    v = get("infrastructure_document_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "infrastructure_document_id", v)
    v = get("job_variables", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "job_variables", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "labels", v)
    v = get("name", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("parameters", UNSET)
    if v is not UNSET and v.__class__ is not dict:
        raise TypeError
    put(self, "parameters", v)
    v = get("parent_task_run_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "parent_task_run_id", v)
    v = get("state", UNSET)
    if v is not UNSET:
        v = _d10(v)
    put(self, "state", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)
    v = get("work_queue_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "work_queue_name", v)


DeploymentFlowRunCreate._fast_ = _decode


def _dump_json(self: DeploymentFlowRunCreate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.context
    if v.__class__ in _PLAIN:
        out["context"] = v
    elif v is not UNSET:
        out["context"] = _dj(v)
    v = self.empirical_policy
    if isinstance(v, _t.Model):
        out["empirical_policy"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["empirical_policy"] = v
    elif v is not UNSET:
        out["empirical_policy"] = _dj(v)
    v = self.enforce_parameter_schema
    if v.__class__ in _PLAIN:
        out["enforce_parameter_schema"] = v
    elif v is not UNSET:
        out["enforce_parameter_schema"] = _dj(v)
    v = self.idempotency_key
    if v.__class__ in _PLAIN:
        out["idempotency_key"] = v
    elif v is not UNSET:
        out["idempotency_key"] = _dj(v)
    v = self.infrastructure_document_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["infrastructure_document_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["infrastructure_document_id"] = v
    elif v is not UNSET:
        out["infrastructure_document_id"] = _dj(v)
    v = self.job_variables
    if v.__class__ in _PLAIN:
        out["job_variables"] = v
    elif v is not UNSET:
        out["job_variables"] = _dj(v)
    v = self.labels
    if v.__class__ in _PLAIN:
        out["labels"] = v
    elif v is not UNSET:
        out["labels"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.parameters
    if v.__class__ in _PLAIN:
        out["parameters"] = v
    elif v is not UNSET:
        out["parameters"] = _dj(v)
    v = self.parent_task_run_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["parent_task_run_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["parent_task_run_id"] = v
    elif v is not UNSET:
        out["parent_task_run_id"] = _dj(v)
    v = self.state
    if isinstance(v, _t.Model):
        out["state"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["state"] = v
    elif v is not UNSET:
        out["state"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    v = self.work_queue_name
    if v.__class__ in _PLAIN:
        out["work_queue_name"] = v
    elif v is not UNSET:
        out["work_queue_name"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentFlowRunCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
