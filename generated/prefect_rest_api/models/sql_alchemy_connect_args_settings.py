from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.sql_alchemy_tls_settings import SQLAlchemyTLSSettings


@_attrs_define(kw_only=True)
class SQLAlchemyConnectArgsSettings(_t.Model):
    """Settings for controlling SQLAlchemy connection behavior; note that these settings only take
    effect when
    using a PostgreSQL database.

    Attributes:
        application_name (str | None | Unset): Controls the application_name field for connections
            opened from the connection pool when using a PostgreSQL database with the Prefect backend.
        prepared_statement_cache_size (int | None | Unset): Controls the size of the statement cache
            for PostgreSQL connections. When set to 0, statement caching is disabled. Defaults to None
            to use SQLAlchemy's default behavior.
        search_path (str | None | Unset): PostgreSQL schema name to set in search_path when using a
            PostgreSQL database with the Prefect backend. Note: The public schema should be included in
            the search path (e.g. 'myschema, public') to ensure that pg_trgm and other extensions remain
            available.
        statement_cache_size (int | None | Unset): Controls statement cache size for PostgreSQL
            connections. Setting this to 0 is required when using PgBouncer in transaction mode.
            Defaults to None.
        tls (SQLAlchemyTLSSettings | Unset): Settings for controlling SQLAlchemy mTLS context when
            using a PostgreSQL database.
    """

    application_name: str | None | Unset = UNSET
    prepared_statement_cache_size: int | None | Unset = UNSET
    search_path: str | None | Unset = UNSET
    statement_cache_size: int | None | Unset = UNSET
    tls: SQLAlchemyTLSSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SQLAlchemyConnectArgsSettings,
    _t.Field(
        "application_name", "application_name", _t.union(_t.STR, _t.NONE), False, default=None
    ),
    _t.Field(
        "prepared_statement_cache_size",
        "prepared_statement_cache_size",
        _t.union(_t.INT, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("search_path", "search_path", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "statement_cache_size",
        "statement_cache_size",
        _t.union(_t.INT, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("tls", "tls", _t.model("sql_alchemy_tls_settings", "SQLAlchemyTLSSettings"), False),
)

_d4 = SQLAlchemyConnectArgsSettings._fields_[4].decode


def _decode(self: SQLAlchemyConnectArgsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("application_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "application_name", v)
    v = get("prepared_statement_cache_size", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "prepared_statement_cache_size", v)
    v = get("search_path", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "search_path", v)
    v = get("statement_cache_size", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "statement_cache_size", v)
    v = get("tls", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "tls", v)


SQLAlchemyConnectArgsSettings._fast_ = _decode


_values = SQLAlchemyConnectArgsSettings._values_


def _dump_json(self: SQLAlchemyConnectArgsSettings) -> dict[str, Any]:
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
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "application_name": v0,
        "prepared_statement_cache_size": v1,
        "search_path": v2,
        "statement_cache_size": v3,
        "tls": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SQLAlchemyConnectArgsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
