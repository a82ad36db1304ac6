from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.server_database_settings_driver_type_0 import (
        ServerDatabaseSettingsDriverType0,
    )
    from ..models.sql_alchemy_settings import SQLAlchemySettings


@_attrs_define(kw_only=True)
class ServerDatabaseSettings(_t.Model):
    """Settings for controlling server database behavior

    Attributes:
        connection_timeout (float | None | Unset): A connection timeout, in seconds, applied to
            database connections. Defaults to `5`. Default: 5.0.
        connection_url (str | None | Unset):
                    A database connection URL in a SQLAlchemy-compatible
                    format. Prefect currently supports SQLite and Postgres. Note that all
                    Prefect database engines must use an async driver - for SQLite, use
                    `sqlite+aiosqlite` and for Postgres use `postgresql+asyncpg`.

                    SQLite in-memory databases can be used by providing the url
                    `sqlite+aiosqlite:///file::memory:?cache=shared&uri=true&check_same_thread=false`,
                    which will allow the database to be accessed by multiple threads. Note
                    that in-memory databases can not be accessed from multiple processes and
                    should only be used for simple tests.

        driver (ServerDatabaseSettingsDriverType0 | None | Unset): The database driver to use when
            connecting to the database. If not set, the driver will be inferred from the connection URL.
        echo (bool | Unset): If `True`, SQLAlchemy will log all SQL issued to the database. Defaults
            to `False`. Default: False.
        host (str | None | Unset): The database server host.
        migrate_on_start (bool | Unset): If `True`, the database will be migrated on application
            startup. Default: True.
        migration_timeout (float | None | Unset): A statement timeout, in seconds, applied to
            database migrations. Schema changes such as concurrent index builds on large tables can take
            much longer than an ordinary API query, so migrations are not bound by
            `server.database.timeout`. Defaults to `None` (no timeout); set a positive value to bound
            migration statement duration.
        name (str | None | Unset): The name of the Prefect database on the remote server, or the
            path to the database file for SQLite.
        password (str | None | Unset): The password to use when connecting to the database. Should
            be kept secret.
        port (int | None | Unset): The database server port.
        sqlalchemy (SQLAlchemySettings | Unset): Settings for controlling SQLAlchemy behavior; note
            that these settings only take effect when
            using a PostgreSQL database.
        timeout (float | None | Unset): A statement timeout, in seconds, applied to all database
            interactions made by the Prefect backend. Defaults to 10 seconds. Default: 10.0.
        user (str | None | Unset): The user to use when connecting to the database.
    """

    connection_timeout: float | None | Unset = UNSET
    connection_url: str | None | Unset = UNSET
    driver: ServerDatabaseSettingsDriverType0 | None | Unset = UNSET
    echo: bool | Unset = UNSET
    host: str | None | Unset = UNSET
    migrate_on_start: bool | Unset = UNSET
    migration_timeout: float | None | Unset = UNSET
    name: str | None | Unset = UNSET
    password: str | None | Unset = UNSET
    port: int | None | Unset = UNSET
    sqlalchemy: SQLAlchemySettings | Unset = UNSET
    timeout: float | None | Unset = UNSET
    user: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerDatabaseSettings,
    _t.Field(
        "connection_timeout", "connection_timeout", _t.union(_t.FLOAT, _t.NONE), False, default=5.0
    ),
    _t.Field("connection_url", "connection_url", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field(
        "driver",
        "driver",
        _t.union(
            _t.enum_of(
                "server_database_settings_driver_type_0", "ServerDatabaseSettingsDriverType0"
            ),
            _t.NONE,
        ),
        False,
        default=None,
    ),
    _t.Field("echo", "echo", _t.BOOL, False, default=False),
    _t.Field("host", "host", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("migrate_on_start", "migrate_on_start", _t.BOOL, False, default=True),
    _t.Field(
        "migration_timeout", "migration_timeout", _t.union(_t.FLOAT, _t.NONE), False, default=None
    ),
    _t.Field("name", "name", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("password", "password", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("port", "port", _t.union(_t.INT, _t.NONE), False, default=None),
    _t.Field(
        "sqlalchemy", "sqlalchemy", _t.model("sql_alchemy_settings", "SQLAlchemySettings"), False
    ),
    _t.Field("timeout", "timeout", _t.union(_t.FLOAT, _t.NONE), False, default=10.0),
    _t.Field("user", "user", _t.union(_t.STR, _t.NONE), False, default=None),
)

_d2 = ServerDatabaseSettings._fields_[2].decode
_d10 = ServerDatabaseSettings._fields_[10].decode


def _decode(self: ServerDatabaseSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("connection_timeout", UNSET)
    if v is not UNSET and v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "connection_timeout", v)
    v = get("connection_url", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "connection_url", v)
    v = get("driver", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "driver", v)
    v = get("echo", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "echo", v)
    v = get("host", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "host", v)
    v = get("migrate_on_start", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "migrate_on_start", v)
    v = get("migration_timeout", UNSET)
    if v is not UNSET and v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "migration_timeout", v)
    v = get("name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("password", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "password", v)
    v = get("port", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "port", v)
    v = get("sqlalchemy", UNSET)
    if v is not UNSET:
        v = _d10(v)
    put(self, "sqlalchemy", v)
    v = get("timeout", UNSET)
    if v is not UNSET and v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "timeout", v)
    v = get("user", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "user", v)


ServerDatabaseSettings._fast_ = _decode


def _dump_json(self: ServerDatabaseSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.connection_timeout
    if v.__class__ in _PLAIN:
        out["connection_timeout"] = v
    elif v is not UNSET:
        out["connection_timeout"] = _dj(v)
    v = self.connection_url
    if v.__class__ in _PLAIN:
        out["connection_url"] = v
    elif v is not UNSET:
        out["connection_url"] = _dj(v)
    v = self.driver
    if isinstance(v, _Enum):
        out["driver"] = v._value_
    elif v.__class__ in _PLAIN:
        out["driver"] = v
    elif v is not UNSET:
        out["driver"] = _dj(v)
    v = self.echo
    if v.__class__ in _PLAIN:
        out["echo"] = v
    elif v is not UNSET:
        out["echo"] = _dj(v)
    v = self.host
    if v.__class__ in _PLAIN:
        out["host"] = v
    elif v is not UNSET:
        out["host"] = _dj(v)
    v = self.migrate_on_start
    if v.__class__ in _PLAIN:
        out["migrate_on_start"] = v
    elif v is not UNSET:
        out["migrate_on_start"] = _dj(v)
    v = self.migration_timeout
    if v.__class__ in _PLAIN:
        out["migration_timeout"] = v
    elif v is not UNSET:
        out["migration_timeout"] = _dj(v)
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.password
    if v.__class__ in _PLAIN:
        out["password"] = v
    elif v is not UNSET:
        out["password"] = _dj(v)
    v = self.port
    if v.__class__ in _PLAIN:
        out["port"] = v
    elif v is not UNSET:
        out["port"] = _dj(v)
    v = self.sqlalchemy
    if isinstance(v, _t.Model):
        out["sqlalchemy"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["sqlalchemy"] = v
    elif v is not UNSET:
        out["sqlalchemy"] = _dj(v)
    v = self.timeout
    if v.__class__ in _PLAIN:
        out["timeout"] = v
    elif v is not UNSET:
        out["timeout"] = _dj(v)
    v = self.user
    if v.__class__ in _PLAIN:
        out["user"] = v
    elif v is not UNSET:
        out["user"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerDatabaseSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
