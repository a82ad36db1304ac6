from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

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
