from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = TaskRunPaginationResponse._values_


def _dump_json(self: TaskRunPaginationResponse) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
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
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is dict:
        v4 = _dump_dict(v4) if v4 else {}
    elif v4.__class__ is list:
        v4 = _dump_list(v4) if v4 else []
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "count": v0,
        "limit": v1,
        "page": v2,
        "pages": v3,
        "results": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunPaginationResponse._dump_json = _dump_json  # type: ignore[method-assign,assignment]
