from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t


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
