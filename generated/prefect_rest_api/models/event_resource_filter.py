from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.resource_specification import ResourceSpecification


@_attrs_define(kw_only=True)
class EventResourceFilter(_t.Model):
    """EventResourceFilter

    Attributes:
        distinct (bool | Unset): Only include events for distinct resources Default: False.
        id (list[str] | None | Unset): Only include events for resources with these IDs
        id_prefix (list[str] | None | Unset): Only include events for resources with IDs starting
            with these prefixes.
        labels (ResourceSpecification | None | Unset): Only include events for resources with these
            labels
    """

    distinct: bool | Unset = UNSET
    id: list[str] | None | Unset = UNSET
    id_prefix: list[str] | None | Unset = UNSET
    labels: ResourceSpecification | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    EventResourceFilter,
    _t.Field("distinct", "distinct", _t.BOOL, False, default=False),
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

_d3 = EventResourceFilter._fields_[3].decode


def _decode(self: EventResourceFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("distinct", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "distinct", v)
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
        v = _d3(v)
    put(self, "labels", v)


EventResourceFilter._fast_ = _decode


_values = EventResourceFilter._values_


def _dump_json(self: EventResourceFilter) -> dict[str, Any]:
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
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "distinct": v0,
        "id": v1,
        "id_prefix": v2,
        "labels": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


EventResourceFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
