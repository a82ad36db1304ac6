from __future__ import annotations

from typing import TYPE_CHECKING, Any
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


_values = DeploymentFlowRunCreate._values_


def _dump_json(self: DeploymentFlowRunCreate) -> dict[str, Any]:
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
        v7,
        v8,
        v9,
        v10,
        v11,
        v12,
    ) = _values(self)
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is UUID:
        v4 = v4.int.to_bytes(16).hex("-", 2)
        v4 = v4[:4] + v4[5:29] + v4[30:34] + v4[35:]
    elif v4 is not None and v4.__class__ not in _PLAIN:
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
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ is dict:
        v8 = _dump_dict(v8) if v8 else {}
    elif v8.__class__ is list:
        v8 = _dump_list(v8) if v8 else []
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ is UUID:
        v9 = v9.int.to_bytes(16).hex("-", 2)
        v9 = v9[:4] + v9[5:29] + v9[30:34] + v9[35:]
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if isinstance(v10, _t.Model):
        v10 = v10._dump_json()
    elif v10 is not None and v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if v11.__class__ is dict:
        v11 = _dump_dict(v11) if v11 else {}
    elif v11.__class__ is list:
        v11 = _dump_list(v11) if v11 else []
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    out: dict[str, Any] = {
        "context": v0,
        "empirical_policy": v1,
        "enforce_parameter_schema": v2,
        "idempotency_key": v3,
        "infrastructure_document_id": v4,
        "job_variables": v5,
        "labels": v6,
        "name": v7,
        "parameters": v8,
        "parent_task_run_id": v9,
        "state": v10,
        "tags": v11,
        "work_queue_name": v12,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


DeploymentFlowRunCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
