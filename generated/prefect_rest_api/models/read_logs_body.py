from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadLogsBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field(
        "logs", "logs", _t.union(_t.model("log_filter", "LogFilter"), _t.NONE), False, default=None
    ),
    _t.Field("offset", "offset", _t.INT, False, default=0),
    _t.Field("sort", "sort", _t.enum_of("log_sort", "LogSort"), False),
)

_d1 = ReadLogsBody._fields_[1].decode
_d3 = ReadLogsBody._fields_[3].decode


def _decode(self: ReadLogsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("logs", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "logs", v)
    v = get("offset", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "offset", v)
    v = get("sort", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "sort", v)


ReadLogsBody._fast_ = _decode


_values = ReadLogsBody._values_


def _dump_json(self: ReadLogsBody) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
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
    if isinstance(v3, _Enum):
        v3 = v3._value_
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "limit": v0,
        "logs": v1,
        "offset": v2,
        "sort": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadLogsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
