from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class QueueFilter(_t.Model):
    """Filter criteria definition for a work queue.

    Attributes:
        deployment_ids (list[UUID] | None | Unset): Only include flow runs from these deployments in
            the work queue.
        tags (list[str] | None | Unset): Only include flow runs with these tags in the work queue.
    """

    deployment_ids: list[UUID] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    QueueFilter,
    _t.Field(
        "deployment_ids",
        "deployment_ids",
        _t.union(_t.list_of(_t.UUID_), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tags", "tags", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
)

_d0 = QueueFilter._fields_[0].decode


def _decode(self: QueueFilter, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployment_ids", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "deployment_ids", v)
    v = get("tags", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "tags", v)


QueueFilter._fast_ = _decode


def _dump_json(self: QueueFilter) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.deployment_ids
    if v.__class__ in _PLAIN:
        out["deployment_ids"] = v
    elif v is not UNSET:
        out["deployment_ids"] = _dj(v)
    v = self.tags
    if v.__class__ in _PLAIN:
        out["tags"] = v
    elif v is not UNSET:
        out["tags"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


QueueFilter._dump_json = _dump_json  # type: ignore[method-assign,assignment]
