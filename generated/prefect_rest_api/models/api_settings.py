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


_values = APISettings._values_


def _dump_json(self: APISettings) -> dict[str, Any]:
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
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "auth_string": v0,
        "enable_http2": v1,
        "key": v2,
        "request_timeout": v3,
        "ssl_cert_file": v4,
        "tls_insecure_skip_verify": v5,
        "url": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


APISettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
