from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.client_metrics_settings import ClientMetricsSettings


@_attrs_define(kw_only=True)
class ClientSettings(_t.Model):
    """Settings for controlling API client behavior

    Attributes:
        csrf_support_enabled (bool | Unset):
                    Determines if CSRF token handling is active in the Prefect client for API
                    requests.

                    When enabled (`True`), the client automatically manages CSRF tokens by
                    retrieving, storing, and including them in applicable state-changing requests
                     Default: True.
        custom_headers (dict[str, str] | Unset):
                    Custom HTTP headers to include with every API request to the Prefect server.
                    Headers are specified as key-value pairs. Note that headers like 'User-Agent'
                    and CSRF-related headers are managed by Prefect and cannot be overridden.

        max_retries (int | Unset):
                    The maximum number of retries to perform on failed HTTP requests.
                    Defaults to 5. Set to 0 to disable retries.
                    See `PREFECT_CLIENT_RETRY_EXTRA_CODES` for details on which HTTP status codes are
                    retried.
                     Default: 5.
        metrics (ClientMetricsSettings | Unset): Settings for controlling metrics reporting from the
            client
        retry_extra_codes (str | int | list[int] | None | Unset):
                    A list of extra HTTP status codes to retry on. Defaults to an empty list.
                    429, 502 and 503 are always retried. Please note that not all routes are idempotent
            and retrying
                    may result in unexpected behavior.

        retry_jitter_factor (float | Unset):
                    A value greater than or equal to zero to control the amount of jitter added to
            retried
                    client requests. Higher values introduce larger amounts of jitter.
                    Set to 0 to disable jitter. See `clamped_poisson_interval` for details on the how
            jitter
                    can affect retry lengths.
                     Default: 0.2.
        server_version_check_enabled (bool | Unset):
                    Whether the client should check the server's API version on startup.
                    When disabled, the client will skip the call to /admin/version that
                    normally runs once per client context entry.  This is useful for worker
                    subprocesses that inherit a known-compatible server configuration and
                    do not need to repeat the version handshake.
                     Default: True.
    """

    csrf_support_enabled: bool | Unset = UNSET
    custom_headers: dict[str, str] | Unset = UNSET
    max_retries: int | Unset = UNSET
    metrics: ClientMetricsSettings | Unset = UNSET
    retry_extra_codes: str | int | list[int] | None | Unset = UNSET
    retry_jitter_factor: float | Unset = UNSET
    server_version_check_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ClientSettings,
    _t.Field("csrf_support_enabled", "csrf_support_enabled", _t.BOOL, False, default=True),
    _t.Field("custom_headers", "custom_headers", _t.dict_of(_t.STR), False, default={}),
    _t.Field("max_retries", "max_retries", _t.INT, False, default=5),
    _t.Field(
        "metrics", "metrics", _t.model("client_metrics_settings", "ClientMetricsSettings"), False
    ),
    _t.Field(
        "retry_extra_codes",
        "retry_extra_codes",
        _t.union(_t.STR, _t.INT, _t.list_of(_t.INT), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("retry_jitter_factor", "retry_jitter_factor", _t.FLOAT, False, default=0.2),
    _t.Field(
        "server_version_check_enabled", "server_version_check_enabled", _t.BOOL, False, default=True
    ),
)

_d1 = ClientSettings._fields_[1].decode
_d3 = ClientSettings._fields_[3].decode
_d4 = ClientSettings._fields_[4].decode


def _decode(self: ClientSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("csrf_support_enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "csrf_support_enabled", v)
    v = get("custom_headers", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "custom_headers", v)
    v = get("max_retries", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "max_retries", v)
    v = get("metrics", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "metrics", v)
    v = get("retry_extra_codes", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "retry_extra_codes", v)
    v = get("retry_jitter_factor", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "retry_jitter_factor", v)
    v = get("server_version_check_enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "server_version_check_enabled", v)


ClientSettings._fast_ = _decode


_values = ClientSettings._values_


def _dump_json(self: ClientSettings) -> dict[str, Any]:
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
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is dict:
        v4 = _dump_dict(v4) if v4 else {}
    elif v4.__class__ is list:
        v4 = _dump_list(v4) if v4 else []
    elif v4 is not None and v4.__class__ not in _PLAIN:
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
        "csrf_support_enabled": v0,
        "custom_headers": v1,
        "max_retries": v2,
        "metrics": v3,
        "retry_extra_codes": v4,
        "retry_jitter_factor": v5,
        "server_version_check_enabled": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ClientSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
