from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class APISettings(_t.Model):
    """Settings for interacting with the Prefect API

    Attributes:
        auth_string (str | None | Unset): The auth string used for basic authentication with a self-
            hosted Prefect API. Should be kept secret.
        enable_http2 (bool | Unset): If true, enable support for HTTP/2 for communicating with an
            API. If the API does not support HTTP/2, this will have no effect and connections will be
            made via HTTP/1.1. Default: False.
        key (str | None | Unset): The API key used for authentication with the Prefect API. Should
            be kept secret.
        request_timeout (float | Unset): The default timeout for requests to the API Default: 60.0.
        ssl_cert_file (str | None | Unset): This configuration settings option specifies the path to
            an SSL certificate file. Default: '/etc/ssl/certs/ca-certificates.crt'.
        tls_insecure_skip_verify (bool | Unset): If `True`, disables SSL checking to allow insecure
            requests. Setting to False is recommended only during development. For example, when using
            self-signed certificates. Default: False.
        url (str | None | Unset): The URL of the Prefect API. If not set, the client will attempt to
            infer it.
    """

    auth_string: str | None | Unset = UNSET
    enable_http2: bool | Unset = UNSET
    key: str | None | Unset = UNSET
    request_timeout: float | Unset = UNSET
    ssl_cert_file: str | None | Unset = UNSET
    tls_insecure_skip_verify: bool | Unset = UNSET
    url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    APISettings,
    _t.Field("auth_string", "auth_string", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("enable_http2", "enable_http2", _t.BOOL, False, default=False),
    _t.Field("key", "key", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("request_timeout", "request_timeout", _t.FLOAT, False, default=60.0),
    _t.Field(
        "ssl_cert_file",
        "ssl_cert_file",
        _t.union(_t.STR, _t.NONE),
        False,
        default="/etc/ssl/certs/ca-certificates.crt",
    ),
    _t.Field("tls_insecure_skip_verify", "tls_insecure_skip_verify", _t.BOOL, False, default=False),
    _t.Field("url", "url", _t.union(_t.STR, _t.NONE), False, default=None),
)


def _decode(self: APISettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("auth_string", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "auth_string", v)
    v = get("enable_http2", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enable_http2", v)
    v = get("key", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "key", v)
    v = get("request_timeout", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "request_timeout", v)
    v = get("ssl_cert_file", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "ssl_cert_file", v)
    v = get("tls_insecure_skip_verify", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "tls_insecure_skip_verify", v)
    v = get("url", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "url", v)


APISettings._fast_ = _decode


def _dump_json(self: APISettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.auth_string
    if v.__class__ in _PLAIN:
        out["auth_string"] = v
    elif v is not UNSET:
        out["auth_string"] = _dj(v)
    v = self.enable_http2
    if v.__class__ in _PLAIN:
        out["enable_http2"] = v
    elif v is not UNSET:
        out["enable_http2"] = _dj(v)
    v = self.key
    if v.__class__ in _PLAIN:
        out["key"] = v
    elif v is not UNSET:
        out["key"] = _dj(v)
    v = self.request_timeout
    if v.__class__ in _PLAIN:
        out["request_timeout"] = v
    elif v is not UNSET:
        out["request_timeout"] = _dj(v)
    v = self.ssl_cert_file
    if v.__class__ in _PLAIN:
        out["ssl_cert_file"] = v
    elif v is not UNSET:
        out["ssl_cert_file"] = _dj(v)
    v = self.tls_insecure_skip_verify
    if v.__class__ in _PLAIN:
        out["tls_insecure_skip_verify"] = v
    elif v is not UNSET:
        out["tls_insecure_skip_verify"] = _dj(v)
    v = self.url
    if v.__class__ in _PLAIN:
        out["url"] = v
    elif v is not UNSET:
        out["url"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


APISettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
