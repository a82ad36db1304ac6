from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resume_flow_run_body_run_input_type_0 import (
        ResumeFlowRunBodyRunInputType0,
    )


@_attrs_define(kw_only=True)
class ResumeFlowRunBody(_t.Model):
    """ResumeFlowRunBody

    Attributes:
        run_input (None | ResumeFlowRunBodyRunInputType0 | Unset):
    """

    run_input: None | ResumeFlowRunBodyRunInputType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ResumeFlowRunBody,
    _t.Field(
        "run_input",
        "run_input",
        _t.union(
            _t.model("resume_flow_run_body_run_input_type_0", "ResumeFlowRunBodyRunInputType0"),
            _t.NONE,
        ),
        False,
    ),
)
