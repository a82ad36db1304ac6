from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ConcurrencyLimitCreate(_t.Model):
    """Data used by the Prefect REST API to create a concurrency limit.

    Attributes:
        concurrency_limit (int): The concurrency limit.
        tag (str): A tag the concurrency limit is applied to.
    """

    concurrency_limit: int
    tag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ConcurrencyLimitCreate,
    _t.Field("concurrency_limit", "concurrency_limit", _t.INT, True),
    _t.Field("tag", "tag", _t.STR, True),
)


def _decode(self: ConcurrencyLimitCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["concurrency_limit"]
    if v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = raw["tag"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "tag", v)


ConcurrencyLimitCreate._fast_ = _decode


def _dump_json(self: ConcurrencyLimitCreate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
    v = self.tag
    if v.__class__ in _PLAIN:
        out["tag"] = v
    elif v is not UNSET:
        out["tag"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ConcurrencyLimitCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
