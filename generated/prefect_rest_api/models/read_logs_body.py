from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_filter import LogFilter
    from ..models.log_sort import LogSort


@_attrs_define(kw_only=True)
class ReadLogsBody(_t.Model):
    """ReadLogsBody

    Attributes:
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        logs (LogFilter | None | Unset):
        offset (int | Unset):  Default: 0.
        sort (LogSort | Unset): Defines log sorting options.
    """

    limit: int | Unset = UNSET
    logs: LogFilter | None | Unset = UNSET
    offset: int | Unset = UNSET
    sort: LogSort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ReadLogsBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("logs", "logs", _t.union(_t.model("log_filter", "LogFilter"), _t.NONE), False),
    _t.Field("offset", "offset", _t.INT, False),
    _t.Field("sort", "sort", _t.enum_of("log_sort", "LogSort"), False),
)
