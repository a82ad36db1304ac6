from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

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
class TaskRunFilterTags(_t.Model):
    """Filter by `TaskRun.tags`.

    Attributes:
        all_ (list[str] | None | Unset): A list of tags. Task runs will be returned only if their
            tags are a superset of the list
        is_null_ (bool | None | Unset): If true, only include task runs without tags
        operator (Operator | Unset): Operators for combining filter criteria.
    """

    all_: list[str] | None | Unset = UNSET
    is_null_: bool | None | Unset = UNSET
    operator: Operator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TaskRunFilterTags,
    _t.Field("all_", "all_", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("is_null_", "is_null_", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field("operator", "operator", _t.enum_of("operator", "Operator"), False),
)

_d2 = TaskRunFilterTags._fields_[2].decode


def _decode(self: TaskRunFilterTags, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("all_", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "all_", v)
    v = get("is_null_", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "is_null_", v)
    v = get("operator", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "operator", v)


TaskRunFilterTags._fast_ = _decode


_values = TaskRunFilterTags._values_


def _dump_json(self: TaskRunFilterTags) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "all_": v0,
        "is_null_": v1,
        "operator": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TaskRunFilterTags._dump_json = _dump_json  # type: ignore[method-assign,assignment]
