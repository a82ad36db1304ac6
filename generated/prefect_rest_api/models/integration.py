from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class Integration(_t.Model):
    """A representation of an installed Prefect integration.

    Attributes:
        name (str): The name of the Prefect integration.
        version (str): The version of the integration.
    """

    name: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Integration,
    _t.Field("name", "name", _t.STR, True),
    _t.Field("version", "version", _t.STR, True),
)


def _decode(self: Integration, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["version"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "version", v)


Integration._fast_ = _decode


def _dump_json(self: Integration) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.version
    if v.__class__ in _PLAIN:
        out["version"] = v
    elif v is not UNSET:
        out["version"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Integration._dump_json = _dump_json  # type: ignore[method-assign,assignment]
