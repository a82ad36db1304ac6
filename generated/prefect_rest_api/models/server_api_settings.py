from __future__ import annotations

import datetime as _dt
from datetime import timedelta as _td
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerAPISettings(_t.Model):
    """Settings for controlling API server behavior

    Attributes:
        auth_string (str | None | Unset): A string to use for basic authentication with the API in
            the form 'user:password'.
        base_path (str | None | Unset): The base URL path to serve the API under.
        cors_allowed_headers (str | Unset):
                    A comma-separated list of headers that are authorized to make cross-origin requests
            to the API.

                    By default, this is set to `*`, which allows requests from all headers.
                     Default: '*'.
        cors_allowed_methods (str | Unset):
                    A comma-separated list of methods that are authorized to make cross-origin requests
            to the API.

                    By default, this is set to `*`, which allows requests from all methods.
                     Default: '*'.
        cors_allowed_origins (str | Unset):
                    A comma-separated list of origins that are authorized to make cross-origin requests
            to the API.

                    By default, this is set to `*`, which allows requests from all origins.
                     Default: '*'.
        csrf_protection_enabled (bool | Unset):
                    Controls the activation of CSRF protection for the Prefect server API.

                    When enabled (`True`), the server enforces CSRF validation checks on incoming
                    state-changing requests (POST, PUT, PATCH, DELETE), requiring a valid CSRF
                    token to be included in the request headers or body. This adds a layer of
                    security by preventing unauthorized or malicious sites from making requests on
                    behalf of authenticated users.

                    It is recommended to enable this setting in production environments where the
                    API is exposed to web clients to safeguard against CSRF attacks.

                    Note: Enabling this setting requires corresponding support in the client for
                    CSRF token management. See PREFECT_CLIENT_CSRF_SUPPORT_ENABLED for more.
                     Default: False.
        csrf_token_expiration (_dt.timedelta | Unset):
                    Specifies the duration for which a CSRF token remains valid after being issued
                    by the server.

                    The default expiration time is set to 1 hour, which offers a reasonable
                    compromise. Adjust this setting based on your specific security requirements
                    and usage patterns.
                     Default: 'PT1H'.
        default_limit (int | Unset): The default limit applied to queries that can return multiple
            objects, such as `POST /flow_runs/filter`. Default: 200.
        host (str | Unset): The API's host address (defaults to `127.0.0.1`). Default: '127.0.0.1'.
        keepalive_timeout (int | Unset):
                    The API's keep alive timeout (defaults to `5`).
                    Refer to https://www.uvicorn.org/settings/#timeouts for details.

                    When the API is hosted behind a load balancer, you may want to set this to a value
                    greater than the load balancer's idle timeout.

                    Note this setting only applies when calling `prefect server start`; if hosting the
                    API with another tool you will need to configure this there instead.
                     Default: 5.
        max_parameter_size (int | Unset): The maximum size of parameters (in bytes, JSON-serialized)
            that can be stored on a flow run or deployment. Set to 0 to disable the limit. Default:
            524288.
        port (int | Unset): The API's port address (defaults to `4200`). Default: 4200.
        websocket_ping_interval (float | Unset): WebSocket ping interval in seconds. Only applies
            when starting the server with `prefect server start`. Default: 20.0.
        websocket_ping_timeout (float | Unset): WebSocket ping timeout in seconds. Only applies when
            starting the server with `prefect server start`. Default: 20.0.
    """

    auth_string: str | None | Unset = UNSET
    base_path: str | None | Unset = UNSET
    cors_allowed_headers: str | Unset = UNSET
    cors_allowed_methods: str | Unset = UNSET
    cors_allowed_origins: str | Unset = UNSET
    csrf_protection_enabled: bool | Unset = UNSET
    csrf_token_expiration: _dt.timedelta | Unset = UNSET
    default_limit: int | Unset = UNSET
    host: str | Unset = UNSET
    keepalive_timeout: int | Unset = UNSET
    max_parameter_size: int | Unset = UNSET
    port: int | Unset = UNSET
    websocket_ping_interval: float | Unset = UNSET
    websocket_ping_timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerAPISettings,
    _t.Field("auth_string", "auth_string", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("base_path", "base_path", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("cors_allowed_headers", "cors_allowed_headers", _t.STR, False, default="*"),
    _t.Field("cors_allowed_methods", "cors_allowed_methods", _t.STR, False, default="*"),
    _t.Field("cors_allowed_origins", "cors_allowed_origins", _t.STR, False, default="*"),
    _t.Field("csrf_protection_enabled", "csrf_protection_enabled", _t.BOOL, False, default=False),
    _t.Field("csrf_token_expiration", "csrf_token_expiration", _t.DURATION, False, default="PT1H"),
    _t.Field("default_limit", "default_limit", _t.INT, False, default=200),
    _t.Field("host", "host", _t.STR, False, default="127.0.0.1"),
    _t.Field("keepalive_timeout", "keepalive_timeout", _t.INT, False, default=5),
    _t.Field("max_parameter_size", "max_parameter_size", _t.INT, False, default=524288),
    _t.Field("port", "port", _t.INT, False, default=4200),
    _t.Field("websocket_ping_interval", "websocket_ping_interval", _t.FLOAT, False, default=20.0),
    _t.Field("websocket_ping_timeout", "websocket_ping_timeout", _t.FLOAT, False, default=20.0),
)

_d6 = ServerAPISettings._fields_[6].decode


def _decode(self: ServerAPISettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("auth_string", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "auth_string", v)
    v = get("base_path", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "base_path", v)
    v = get("cors_allowed_headers", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "cors_allowed_headers", v)
    v = get("cors_allowed_methods", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "cors_allowed_methods", v)
    v = get("cors_allowed_origins", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "cors_allowed_origins", v)
    v = get("csrf_protection_enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "csrf_protection_enabled", v)
    v = get("csrf_token_expiration", UNSET)
    if v is not UNSET:
        v = _td(seconds=v) if v.__class__ is float else _d6(v)
    put(self, "csrf_token_expiration", v)
    v = get("default_limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "default_limit", v)
    v = get("host", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "host", v)
    v = get("keepalive_timeout", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "keepalive_timeout", v)
    v = get("max_parameter_size", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_parameter_size", v)
    v = get("port", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "port", v)
    v = get("websocket_ping_interval", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "websocket_ping_interval", v)
    v = get("websocket_ping_timeout", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "websocket_ping_timeout", v)


ServerAPISettings._fast_ = _decode


_values = ServerAPISettings._values_


def _dump_json(self: ServerAPISettings) -> dict[str, Any]:
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
        v13,
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
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ is _td:
        v6 = v6.total_seconds()
    elif v6 is not None and v6.__class__ not in _PLAIN:
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
    if v10.__class__ not in _PLAIN:
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
    if v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    out: dict[str, Any] = {
        "auth_string": v0,
        "base_path": v1,
        "cors_allowed_headers": v2,
        "cors_allowed_methods": v3,
        "cors_allowed_origins": v4,
        "csrf_protection_enabled": v5,
        "csrf_token_expiration": v6,
        "default_limit": v7,
        "host": v8,
        "keepalive_timeout": v9,
        "max_parameter_size": v10,
        "port": v11,
        "websocket_ping_interval": v12,
        "websocket_ping_timeout": v13,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerAPISettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
