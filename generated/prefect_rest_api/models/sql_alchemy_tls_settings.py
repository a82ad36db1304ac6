from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class SQLAlchemyTLSSettings(_t.Model):
    """Settings for controlling SQLAlchemy mTLS context when
    using a PostgreSQL database.

    Attributes:
        ca_file (str | None | Unset): This configuration settings option specifies the path to
            PostgreSQL client certificate authority file.
        cert_file (str | None | Unset): This configuration settings option specifies the path to
            PostgreSQL client certificate file.
        check_hostname (bool | Unset): This configuration settings option specifies whether to
            verify PostgreSQL server hostname. Default: True.
        enabled (bool | Unset): Controls whether connected to mTLS enabled PostgreSQL when using a
            PostgreSQL database with the Prefect backend. Default: False.
        key_file (str | None | Unset): This configuration settings option specifies the path to
            PostgreSQL client key file.
    """

    ca_file: str | None | Unset = UNSET
    cert_file: str | None | Unset = UNSET
    check_hostname: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    key_file: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SQLAlchemyTLSSettings,
    _t.Field("ca_file", "ca_file", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("cert_file", "cert_file", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("check_hostname", "check_hostname", _t.BOOL, False, default=True),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=False),
    _t.Field("key_file", "key_file", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: SQLAlchemyTLSSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("ca_file", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "ca_file", v)
    v = get("cert_file", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "cert_file", v)
    v = get("check_hostname", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "check_hostname", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("key_file", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "key_file", v)


SQLAlchemyTLSSettings._fast_ = _decode


_values = SQLAlchemyTLSSettings._values_


def _dump_json(self: SQLAlchemyTLSSettings) -> dict[str, Any]:
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
        v3,
        v4,
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
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "ca_file": v0,
        "cert_file": v1,
        "check_hostname": v2,
        "enabled": v3,
        "key_file": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SQLAlchemyTLSSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
