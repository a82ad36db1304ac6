from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_policy import FlowRunPolicy
    from ..models.flow_run_update_job_variables_type_0 import (
        FlowRunUpdateJobVariablesType0,
    )
    from ..models.flow_run_update_parameters import FlowRunUpdateParameters


@_attrs_define(kw_only=True)
class FlowRunUpdate(_t.Model):
    """Data used by the Prefect REST API to update a flow run.

    Attributes:
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        flow_version (None | str | Unset):
        infrastructure_pid (None | str | Unset):
        job_variables (FlowRunUpdateJobVariablesType0 | None | Unset):
        name (None | str | Unset):
        parameters (FlowRunUpdateParameters | Unset):
        tags (list[str] | Unset):
    """

    empirical_policy: FlowRunPolicy | Unset = UNSET
    flow_version: None | str | Unset = UNSET
    infrastructure_pid: None | str | Unset = UNSET
    job_variables: FlowRunUpdateJobVariablesType0 | None | Unset = UNSET
    name: None | str | Unset = UNSET
    parameters: FlowRunUpdateParameters | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    FlowRunUpdate,
    _t.Field(
        "empirical_policy", "empirical_policy", _t.model("flow_run_policy", "FlowRunPolicy"), False
    ),
    _t.Field("flow_version", "flow_version", _t.union(_t.STR, _t.NONE), False),
    _t.Field("infrastructure_pid", "infrastructure_pid", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "job_variables",
        "job_variables",
        _t.union(
            _t.model("flow_run_update_job_variables_type_0", "FlowRunUpdateJobVariablesType0"),
            _t.NONE,
        ),
        False,
    ),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False),
    _t.Field(
        "parameters",
        "parameters",
        _t.model("flow_run_update_parameters", "FlowRunUpdateParameters"),
        False,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False),
)
