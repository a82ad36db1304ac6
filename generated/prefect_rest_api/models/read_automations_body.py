from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.automation_filter import AutomationFilter
    from ..models.automation_sort import AutomationSort


@_attrs_define(kw_only=True)
class ReadAutomationsBody(_t.Model):
    """ReadAutomationsBody

    Attributes:
        automations (AutomationFilter | None | Unset):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        offset (int | Unset):  Default: 0.
        sort (AutomationSort | Unset): Defines automations sorting options.
    """

    automations: AutomationFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort: AutomationSort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadAutomationsBody,
    _t.Field(
        "automations",
        "automations",
        _t.union(_t.model("automation_filter", "AutomationFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False, default=0),
    _t.Field("sort", "sort", _t.enum_of("automation_sort", "AutomationSort"), False),
)

_d0 = ReadAutomationsBody._fields_[0].decode
_d3 = ReadAutomationsBody._fields_[3].decode


def _decode(self: ReadAutomationsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("automations", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "automations", v)
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
        v = _d3(v)
    put(self, "sort", v)


ReadAutomationsBody._fast_ = _decode


_values = ReadAutomationsBody._values_


def _dump_json(self: ReadAutomationsBody) -> dict[str, Any]:
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
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
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
    if isinstance(v3, _Enum):
        v3 = v3._value_
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "automations": v0,
        "limit": v1,
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


ReadAutomationsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
