from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.task_run_response import TaskRunResponse


@_attrs_define(kw_only=True)
class TaskRunPaginationResponse(_t.Model):
    """TaskRunPaginationResponse

    Attributes:
        count (int):
        limit (int):
        page (int):
        pages (int):
        results (list[TaskRunResponse]):
    """

    count: int
    limit: int
    page: int
    pages: int
    results: list[TaskRunResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunPaginationResponse,
    _t.Field("count", "count", _t.INT, True),
    _t.Field("limit", "limit", _t.INT, True),
    _t.Field("page", "page", _t.INT, True),
    _t.Field("pages", "pages", _t.INT, True),
    _t.Field(
        "results", "results", _t.list_of(_t.model("task_run_response", "TaskRunResponse")), True
    ),
)

_d4 = TaskRunPaginationResponse._fields_[4].decode


def _decode(self: TaskRunPaginationResponse, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["count"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "count", v)
    v = raw["limit"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = raw["page"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "page", v)
    v = raw["pages"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "pages", v)
    v = raw["results"]
    v = _d4(v)
    put(self, "results", v)


TaskRunPaginationResponse._fast_ = _decode


def _dump_json(self: TaskRunPaginationResponse) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.count
    if v.__class__ in _PLAIN:
        out["count"] = v
    elif v is not UNSET:
        out["count"] = _dj(v)
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    v = self.page
    if v.__class__ in _PLAIN:
        out["page"] = v
    elif v is not UNSET:
        out["page"] = _dj(v)
    v = self.pages
    if v.__class__ in _PLAIN:
        out["pages"] = v
    elif v is not UNSET:
        out["pages"] = _dj(v)
    v = self.results
    if v.__class__ in _PLAIN:
        out["results"] = v
    elif v is not UNSET:
        out["results"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunPaginationResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
