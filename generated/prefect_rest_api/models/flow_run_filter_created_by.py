from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.operator import Operator


@_attrs_define(kw_only=True)
class FlowRunFilterCreatedBy(_t.Model):
    """Filter by `FlowRun.created_by`.

    Attributes:
        id_ (list[UUID] | None | Unset): A list of creator IDs to include
        is_null_ (bool | None | Unset): If true, only include flow runs without a creator
        operator (Operator | Unset): Operators for combining filter criteria.
        type_ (list[str] | None | Unset): A list of creator types to include. For example,
            'DEPLOYMENT' for scheduled runs or 'AUTOMATION' for runs triggered by automations.
    """

    id_: list[UUID] | None | Unset = UNSET
    is_null_: bool | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    type_: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowRunFilterCreatedBy,
    _t.Field("id_", "id_", _t.union(_t.list_of(_t.UUID_), _t.NONE), False, default=None),
    _t.Field("is_null_", "is_null_", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
    _t.Field("type_", "type_", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
)

_d0 = FlowRunFilterCreatedBy._fields_[0].decode
_d2 = FlowRunFilterCreatedBy._fields_[2].decode


def _decode(self: FlowRunFilterCreatedBy, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("id_", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "id_", v)
    v = get("is_null_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "is_null_", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "operator", v)
    v = get("type_", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "type_", v)


FlowRunFilterCreatedBy._fast_ = _decode


_values = FlowRunFilterCreatedBy._values_


def _dump_json(self: FlowRunFilterCreatedBy) -> dict[str, Any]:
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
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
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
    if isinstance(v2, _Enum):
        v2 = v2._value_
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "id_": v0,
        "is_null_": v1,
        "operator": v2,
        "type_": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowRunFilterCreatedBy._dump_json = _dump_json  # type: ignore[method-assign,assignment]
