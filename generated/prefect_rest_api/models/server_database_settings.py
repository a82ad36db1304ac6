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


_values = ServerDatabaseSettings._values_


def _dump_json(self: ServerDatabaseSettings) -> dict[str, Any]:
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
        v5,
        v6,
        v7,
        v8,
        v9,
        v10,
        v11,
        v12,
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
    if isinstance(v2, _Enum):
        v2 = v2._value_
    elif v2 is not None and v2.__class__ not in _PLAIN:
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
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if isinstance(v10, _t.Model):
        v10 = v10._dump_json()
    elif v10 is not None and v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    out: dict[str, Any] = {
        "connection_timeout": v0,
        "connection_url": v1,
        "driver": v2,
        "echo": v3,
        "host": v4,
        "migrate_on_start": v5,
        "migration_timeout": v6,
        "name": v7,
        "password": v8,
        "port": v9,
        "sqlalchemy": v10,
        "timeout": v11,
        "user": v12,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerDatabaseSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
