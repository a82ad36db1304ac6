from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.resource_specification import ResourceSpecification


@_attrs_define(kw_only=True)
class EventAnyResourceFilter(_t.Model):
    """EventAnyResourceFilter

    Attributes:
        id (list[str] | None | Unset): Only include events for resources with these IDs
        id_prefix (list[str] | None | Unset): Only include events for resources with IDs starting
            with these prefixes
        labels (ResourceSpecification | None | Unset): Only include events for related resources
            with these labels
    """

    id: list[str] | None | Unset = UNSET
    id_prefix: list[str] | None | Unset = UNSET
    labels: ResourceSpecification | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventAnyResourceFilter,
    _t.Field("id", "id", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("id_prefix", "id_prefix", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.model("resource_specification", "ResourceSpecification"), _t.NONE),
        False,
        default=None,
    ),
)

_d2 = EventAnyResourceFilter._fields_[2].decode


def _decode(self: EventAnyResourceFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("id", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "id", v)
    v = get("id_prefix", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "id_prefix", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "labels", v)


EventAnyResourceFilter._fast_ = _decode


def _dump_json(self: EventAnyResourceFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.id_prefix
    if v.__class__ in _PLAIN:
        out["id_prefix"] = v
    elif v is not UNSET:
        out["id_prefix"] = _dj(v)
    v = self.labels
    if isinstance(v, _t.Model):
        out["labels"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["labels"] = v
    elif v is not UNSET:
        out["labels"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventAnyResourceFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
