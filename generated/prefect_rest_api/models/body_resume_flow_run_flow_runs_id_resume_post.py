from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.body_resume_flow_run_flow_runs_id_resume_post_run_input_type_0 import (
        BodyResumeFlowRunFlowRunsIdResumePostRunInputType0,
    )


@_attrs_define(kw_only=True)
class BodyResumeFlowRunFlowRunsIdResumePost(_t.Model):
    """BodyResumeFlowRunFlowRunsIdResumePost

    Attributes:
        run_input (BodyResumeFlowRunFlowRunsIdResumePostRunInputType0 | None | Unset):
    """

    run_input: BodyResumeFlowRunFlowRunsIdResumePostRunInputType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    BodyResumeFlowRunFlowRunsIdResumePost,
    _t.Field(
        "run_input",
        "run_input",
        _t.union(
            _t.model(
                "body_resume_flow_run_flow_runs_id_resume_post_run_input_type_0",
                "BodyResumeFlowRunFlowRunsIdResumePostRunInputType0",
            ),
            _t.NONE,
        ),
        False,
    ),
)
