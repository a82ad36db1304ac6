"""Client settings, read from the same ``PREFECT_*`` environment variables as Prefect."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import ClassVar

#: The API version this client speaks (sent as ``X-PREFECT-API-VERSION``).
API_VERSION = "0.8.4"
#: The Prefect server release whose document the client was generated from.
SERVER_RELEASE = "3.8.8"


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _codes(value: str) -> frozenset[int]:
    return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)


@dataclass(frozen=True)
class Settings:
    """What a client needs to know; secrets are kept out of ``repr``."""

    api_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    auth_string: str | None = field(default=None, repr=False)
    request_timeout: float = 60.0
    max_retries: int = 5
    retry_jitter_factor: float = 0.2
    retry_base_delay: float = 1.0
    retry_after_max: float = 300.0
    retry_extra_codes: frozenset[int] = frozenset()
    custom_headers: Mapping[str, str] = field(default_factory=dict)
    tls_insecure_skip_verify: bool = False
    ssl_cert_file: str | None = None
    enable_http2: bool = False
    csrf_enabled: bool = True
    max_connections: int = 16
    # As many idle connections as in use: with fewer, httpcore 1.0 closes every
    # connection that goes idle once the pool holds more (a new TCP connection per
    # request under 16-way load; measured in tests/test_load.py).
    max_keepalive_connections: int = 16
    keepalive_expiry: float = 25.0

    #: Environment variable of each field.
    ENV: ClassVar[dict[str, str]] = {
        "api_url": "PREFECT_API_URL",
        "api_key": "PREFECT_API_KEY",
        "auth_string": "PREFECT_API_AUTH_STRING",
        "request_timeout": "PREFECT_API_REQUEST_TIMEOUT",
        "max_retries": "PREFECT_CLIENT_MAX_RETRIES",
        "retry_jitter_factor": "PREFECT_CLIENT_RETRY_JITTER_FACTOR",
        "retry_extra_codes": "PREFECT_CLIENT_RETRY_EXTRA_CODES",
        "retry_base_delay": "PREFECT_REST_RETRY_BASE_DELAY",
        "retry_after_max": "PREFECT_REST_RETRY_AFTER_MAX",
        "custom_headers": "PREFECT_CLIENT_CUSTOM_HEADERS",
        "tls_insecure_skip_verify": "PREFECT_API_TLS_INSECURE_SKIP_VERIFY",
        "ssl_cert_file": "PREFECT_API_SSL_CERT_FILE",
        "enable_http2": "PREFECT_API_ENABLE_HTTP2",
        "csrf_enabled": "PREFECT_CLIENT_CSRF_SUPPORT_ENABLED",
    }

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read every setting that is set in ``environ`` (default: ``os.environ``)."""
        env = os.environ if environ is None else environ
        kwargs: dict[str, object] = {}
        parse: dict[str, Callable[[str], object]] = {
            "request_timeout": float,
            "max_retries": int,
            "retry_jitter_factor": float,
            "retry_base_delay": float,
            "retry_after_max": float,
            "retry_extra_codes": _codes,
            "custom_headers": json.loads,
            "tls_insecure_skip_verify": _bool,
            "enable_http2": _bool,
            "csrf_enabled": _bool,
        }
        for name, var in cls.ENV.items():
            raw = env.get(var)
            if raw is None or raw == "":
                continue
            try:
                kwargs[name] = parse.get(name, str)(raw)
            except ValueError as exc:
                from .exceptions import InvalidArgument

                raise InvalidArgument(f"{var} is not valid: {exc}") from None
        return cls(**kwargs)  # type: ignore[arg-type]

    def auth_header(self) -> str | None:
        """The ``Authorization`` header value: Basic for an auth string, else Bearer."""
        if self.auth_string:
            return "Basic " + base64.b64encode(self.auth_string.encode()).decode()
        if self.api_key:
            return f"Bearer {self.api_key}"
        return None

    def __repr__(self) -> str:
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("api_key", "auth_string"):
                shown.append(f"{f.name}={'***' if value else None}")
            else:
                shown.append(f"{f.name}={value!r}")
        return f"Settings({', '.join(shown)})"
