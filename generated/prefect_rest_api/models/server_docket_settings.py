from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerDocketSettings(_t.Model):
    """Settings for controlling Docket behavior

    Attributes:
        name (str | Unset): The name of the Docket instance. Default: 'prefect-server'.
        url (str | Unset): The URL of the Redis server to use for Docket. Supports the memory://
            (single-server only), redis://, rediss://, redis+sentinel:// and rediss+sentinel:// schemes;
            the Sentinel schemes discover the current master through the listed Sentinel daemons and
            follow failover automatically (requires pydocket>=0.23.1). Default: 'memory://'.
    """

    name: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerDocketSettings,
    _t.Field("name", "name", _t.STR, False, default="prefect-server"),
    _t.Field("url", "url", _t.STR, False, default="memory://"),
)


def _decode(self: ServerDocketSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("name", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("url", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "url", v)


ServerDocketSettings._fast_ = _decode


_values = ServerDocketSettings._values_


def _dump_json(self: ServerDocketSettings) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "name": v0,
        "url": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerDocketSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
