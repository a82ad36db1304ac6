from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ReadWorkQueueConcurrencyStatusBody(_t.Model):
    """ReadWorkQueueConcurrencyStatusBody

    Attributes:
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
        page (int | Unset):  Default: 1.
    """

    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ReadWorkQueueConcurrencyStatusBody,
    _t.Field("limit", "limit", _t.INT, False),
    _t.Field("page", "page", _t.INT, False, default=1),
)


def _decode(self: ReadWorkQueueConcurrencyStatusBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)
    v = get("page", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "page", v)


ReadWorkQueueConcurrencyStatusBody._fast_ = _decode


def _dump_json(self: ReadWorkQueueConcurrencyStatusBody) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.limit
    if v.__class__ in _PLAIN:
        out["limit"] = v
    elif v is not UNSET:
        out["limit"] = _dj(v)
    v = self.page
    if v.__class__ in _PLAIN:
        out["page"] = v
    elif v is not UNSET:
        out["page"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ReadWorkQueueConcurrencyStatusBody._dump_json = _dump_json  # type: ignore[method-assign,assignment]
