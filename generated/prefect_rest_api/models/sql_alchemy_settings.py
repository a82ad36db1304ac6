from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.sql_alchemy_connect_args_settings import SQLAlchemyConnectArgsSettings


@_attrs_define(kw_only=True)
class SQLAlchemySettings(_t.Model):
    """Settings for controlling SQLAlchemy behavior; note that these settings only take effect when
    using a PostgreSQL database.

    Attributes:
        connect_args (SQLAlchemyConnectArgsSettings | Unset): Settings for controlling SQLAlchemy
            connection behavior; note that these settings only take effect when
            using a PostgreSQL database.
        max_overflow (int | Unset): Controls maximum overflow of the connection pool. To prevent
            overflow, set to -1. Default: 10.
        pool_recycle (int | Unset): This setting causes the pool to recycle connections after the
            given number of seconds has passed; set it to -1 to avoid recycling entirely. Default: 3600.
        pool_size (int | Unset): Controls connection pool size of database connection pools from the
            Prefect backend. Default: 5.
        pool_timeout (float | None | Unset): Number of seconds to wait before giving up on getting a
            connection from the pool. Defaults to 30 seconds. Default: 30.0.
    """

    connect_args: SQLAlchemyConnectArgsSettings | Unset = UNSET
    max_overflow: int | Unset = UNSET
    pool_recycle: int | Unset = UNSET
    pool_size: int | Unset = UNSET
    pool_timeout: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SQLAlchemySettings,
    _t.Field(
        "connect_args",
        "connect_args",
        _t.model("sql_alchemy_connect_args_settings", "SQLAlchemyConnectArgsSettings"),
        False,
    ),
    _t.Field("max_overflow", "max_overflow", _t.INT, False, default=10),
    _t.Field("pool_recycle", "pool_recycle", _t.INT, False, default=3600),
    _t.Field("pool_size", "pool_size", _t.INT, False, default=5),
    _t.Field("pool_timeout", "pool_timeout", _t.union(_t.FLOAT, _t.NONE), False, default=30.0),
)

_d0 = SQLAlchemySettings._fields_[0].decode


def _decode(self: SQLAlchemySettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("connect_args", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "connect_args", v)
    v = get("max_overflow", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_overflow", v)
    v = get("pool_recycle", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "pool_recycle", v)
    v = get("pool_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "pool_size", v)
    v = get("pool_timeout", UNSET)
    if v is not UNSET and v is not None:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "pool_timeout", v)


SQLAlchemySettings._fast_ = _decode


_values = SQLAlchemySettings._values_


def _dump_json(self: SQLAlchemySettings) -> dict[str, Any]:
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
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
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
        "connect_args": v0,
        "max_overflow": v1,
        "pool_recycle": v2,
        "pool_size": v3,
        "pool_timeout": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SQLAlchemySettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
