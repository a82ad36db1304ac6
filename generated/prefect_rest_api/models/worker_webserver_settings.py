from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class WorkerWebserverSettings(_t.Model):
    """WorkerWebserverSettings

    Attributes:
        host (str | Unset): The host address the worker's webserver should bind to. Default:
            '0.0.0.0'.
        port (int | Unset): The port the worker's webserver should bind to. Default: 8080.
    """

    host: str | Unset = UNSET
    port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkerWebserverSettings,
    _t.Field("host", "host", _t.STR, False, default="0.0.0.0"),
    _t.Field("port", "port", _t.INT, False, default=8080),
)


def _decode(self: WorkerWebserverSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("host", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "host", v)
    v = get("port", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "port", v)


WorkerWebserverSettings._fast_ = _decode


_values = WorkerWebserverSettings._values_


def _dump_json(self: WorkerWebserverSettings) -> dict[str, Any]:
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
        "host": v0,
        "port": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkerWebserverSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
