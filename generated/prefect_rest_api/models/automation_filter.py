from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.automation_filter_created import AutomationFilterCreated
    from ..models.automation_filter_id import AutomationFilterId
    from ..models.automation_filter_name import AutomationFilterName
    from ..models.automation_filter_tags import AutomationFilterTags
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class AutomationFilter(_t.Model):
    """AutomationFilter

    Attributes:
        created (AutomationFilterCreated | None | Unset): Filter criteria for `Automation.created`
        id (AutomationFilterId | None | Unset): Filter criteria for `Automation.id`
        name (AutomationFilterName | None | Unset): Filter criteria for `Automation.name`
        operator (Operator | Unset): Operators for combining filter criteria.
        tags (AutomationFilterTags | None | Unset): Filter criteria for `Automation.tags`
    """

    created: AutomationFilterCreated | None | Unset = UNSET
    id: AutomationFilterId | None | Unset = UNSET
    name: AutomationFilterName | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    tags: AutomationFilterTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    AutomationFilter,
    _t.Field(
        "created",
        "created",
        _t.union(_t.model("automation_filter_created", "AutomationFilterCreated"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "id",
        "id",
        _t.union(_t.model("automation_filter_id", "AutomationFilterId"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "name",
        "name",
        _t.union(_t.model("automation_filter_name", "AutomationFilterName"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field(
        "tags",
        "tags",
        _t.union(_t.model("automation_filter_tags", "AutomationFilterTags"), _t.NONE),
        False,
        default=None,
    ),
)

_d0 = AutomationFilter._fields_[0].decode
_d1 = AutomationFilter._fields_[1].decode
_d2 = AutomationFilter._fields_[2].decode
_d3 = AutomationFilter._fields_[3].decode
_d4 = AutomationFilter._fields_[4].decode


def _decode(self: AutomationFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("created", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "created", v)
    v = get("id", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "id", v)
    v = get("name", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "name", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "operator", v)
    v = get("tags", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "tags", v)


AutomationFilter._fast_ = _decode


def _dump_json(self: AutomationFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.created
    if isinstance(v, _t.Model):
        out["created"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.id
    if isinstance(v, _t.Model):
        out["id"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.name
    if isinstance(v, _t.Model):
        out["name"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.operator
    if isinstance(v, _Enum):
        out["operator"] = v._value_
    elif v.__class__ in _PLAIN:
        out["operator"] = v
    elif v is not UNSET:
        out["operator"] = _dj(v)
    v = self.tags
    if isinstance(v, _t.Model):
        out["tags"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


AutomationFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
