from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class FlowCreate(_t.Model):
    """Data used by the Prefect REST API to create a flow.

    Attributes:
        name (str): The name of the flow
        labels (dict[str, bool | int | float | str] | None | Unset): A dictionary of key-value
            labels. Values can be strings, numbers, or booleans.
        tags (list[str] | Unset): A list of flow tags
    """

    name: str
    labels: dict[str, bool | int | float | str] | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowCreate,
    _t.Field("name", "name", _t.STR, True),
    _t.Field(
        "labels",
        "labels",
        _t.union(_t.dict_of(_t.union(_t.BOOL, _t.INT, _t.FLOAT, _t.STR)), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
)

_d1 = FlowCreate._fields_[1].decode


def _decode(self: FlowCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("labels", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "labels", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)


FlowCreate._fast_ = _decode
