from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.work_pool_filter import WorkPoolFilter


@_attrs_define(kw_only=True)
class ReadWorkPoolsBody(_t.Model):
    """ReadWorkPoolsBody

    Attributes:
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        offset (int | Unset):  Default: 0.
        work_pools (WorkPoolFilter | None | Unset):
    """

    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    work_pools: WorkPoolFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadWorkPoolsBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("offset", "offset", _t.INT, False, default=0),
    _t.Field(
        "work_pools",
        "work_pools",
        _t.union(_t.model("work_pool_filter", "WorkPoolFilter"), _t.NONE),
        False,
        default=None,
    ),
)

_d2 = ReadWorkPoolsBody._fields_[2].decode


def _decode(self: ReadWorkPoolsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("offset", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "offset", v)
    v = get("work_pools", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "work_pools", v)


ReadWorkPoolsBody._fast_ = _decode


_values = ReadWorkPoolsBody._values_


def _dump_json(self: ReadWorkPoolsBody) -> dict[str, Any]:
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
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "limit": v0,
        "offset": v1,
        "work_pools": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadWorkPoolsBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
