"""Client settings: the table of fields and variables, and how each value is checked.

Every value is checked when a :class:`Settings` is made: a bad one is an
:class:`~prefect_rest.exceptions.InvalidArgument` naming the variable (and
never quoting a secret).
"""

from __future__ import annotations

import base64
import enum
import json
import logging
import math
import os
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import ClassVar, NoReturn

from .sources import Found, SourceError, Sources

#: The API version this client speaks (sent as ``X-PREFECT-API-VERSION``).
API_VERSION = "0.8.4"
#: The Prefect server release whose document the client was generated from.
SERVER_RELEASE = "3.8.8"

#: Headers the client manages; ``PREFECT_CLIENT_CUSTOM_HEADERS`` cannot replace them
#: (Prefect's client protects the first three and ignores them with a warning).
PROTECTED_HEADERS = frozenset(
    {"user-agent", "prefect-csrf-token", "prefect-csrf-client", "x-prefect-api-version"}
)

logger = logging.getLogger("prefect_rest")

_TRUE = {"1", "true", "yes", "on", "t", "y"}
_FALSE = {"0", "false", "no", "off", "f", "n"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: What an HTTP header value may hold: visible ASCII, spaces and tabs.
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
#: A header name (an RFC 9110 token).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


class ServerType(enum.StrEnum):
    """What the client talks to, as Prefect's ``ServerType`` (values are its names)."""

    EPHEMERAL = "EPHEMERAL"
    SERVER = "SERVER"
    CLOUD = "CLOUD"
    UNCONFIGURED = "UNCONFIGURED"


def _invalid(message: str) -> NoReturn:
    from ..exceptions import InvalidArgument

    raise InvalidArgument(message)


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("expected true or false")


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {type(value).__name__}")
    return value


def _number(kind: type[int] | type[float]) -> Callable[[object], object]:
    def parse(value: object) -> object:
        if isinstance(value, bool):
            raise ValueError(f"expected a number, got {value}")
        if isinstance(value, int | float):
            return kind(value)
        return kind(_text(value))

    return parse


def _codes(value: object) -> frozenset[int]:
    if isinstance(value, int) and not isinstance(value, bool):
        return frozenset({value})
    if isinstance(value, list | tuple | set | frozenset):
        return frozenset(_number(int)(part) for part in value)  # type: ignore[misc]
    return frozenset(int(part) for part in _text(value).replace(" ", "").split(",") if part)


def _headers(value: object) -> object:
    if isinstance(value, Mapping):
        return value
    try:
        return json.loads(_text(value))
    except ValueError:
        raise ValueError("not a JSON object") from None


#: How each field's value is read from text (or from a typed TOML value).
_PARSE: dict[str, Callable[[object], object]] = {
    "request_timeout": _number(float),
    "max_retries": _number(int),
    "retry_jitter_factor": _number(float),
    "retry_base_delay": _number(float),
    "retry_after_max": _number(float),
    "maintenance_max_wait": _number(float),
    "retry_extra_codes": _codes,
    "custom_headers": _headers,
    "tls_insecure_skip_verify": _bool,
    "enable_http2": _bool,
    "csrf_enabled": _bool,
    "ephemeral_enabled": _bool,
}


def _unsendable(value: str) -> str | None:
    """Why ``value`` cannot be an HTTP header value (None: it can), without quoting it."""
    if _HEADER_VALUE.fullmatch(value):
        return None
    bad = next(c for c in value if not _HEADER_VALUE.fullmatch(c))
    if _CONTROL.match(bad):
        return "a control character (such as a line break)"
    name = unicodedata.name(bad, "")
    return f"a non-ASCII character (U+{ord(bad):04X}{' ' + name if name else ''})"


def clean_secret(name: str, value: str | None, *, header: bool = True) -> str | None:
    """``value`` without surrounding whitespace; InvalidArgument for what HTTP cannot carry.

    A key read from a mounted secret file often ends in a newline; a key pasted
    from a web page may hold a zero-width space.  ``header``: the value is sent
    as it is in a header (an API key), so it must be ASCII; an auth string is
    sent base64-encoded, so only control and invisible characters are refused.
    The value is never quoted in the message.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        _invalid(f"{name} must be a string, got {type(value).__name__}")
    value = value.strip()
    if header:
        if reason := _unsendable(value):
            _invalid(
                f"{name} contains {reason}, which an HTTP header cannot carry (value not shown)"
            )
    elif _CONTROL.search(value) or any(unicodedata.category(c) == "Cf" for c in value):
        _invalid(f"{name} contains a control or invisible character (value not shown)")
    return value or None


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
    #: How long (s, in all) one request waits out answers marked ``Prefect-Maintenance``.
    maintenance_max_wait: float = 3600.0
    retry_extra_codes: frozenset[int] = frozenset()
    custom_headers: Mapping[str, str] = field(default_factory=dict)
    tls_insecure_skip_verify: bool = False
    ssl_cert_file: str | None = None
    enable_http2: bool = False
    csrf_enabled: bool = True
    cloud_api_url: str = "https://api.prefect.cloud/api"
    #: ``PREFECT_SERVER_EPHEMERAL_ENABLED``: ``get_client()`` without a URL may start the
    #: in-process server (Prefect's default profile turns it on; a profile may not).
    ephemeral_enabled: bool = True
    max_connections: int = 16
    # As many idle connections as in use: with fewer, httpcore 1.0 closes every
    # connection that goes idle once the pool holds more (a new TCP connection per
    # request under 16-way load; measured in tests/test_load.py).
    max_keepalive_connections: int = 16
    keepalive_expiry: float = 25.0
    #: Where each field set from the sources was read (for messages): field -> source.
    sources: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    #: Variable of each field.
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
        "maintenance_max_wait": "PREFECT_REST_MAINTENANCE_MAX_WAIT",
        "custom_headers": "PREFECT_CLIENT_CUSTOM_HEADERS",
        "tls_insecure_skip_verify": "PREFECT_API_TLS_INSECURE_SKIP_VERIFY",
        "ssl_cert_file": "PREFECT_API_SSL_CERT_FILE",
        "enable_http2": "PREFECT_API_ENABLE_HTTP2",
        "csrf_enabled": "PREFECT_CLIENT_CSRF_SUPPORT_ENABLED",
        "cloud_api_url": "PREFECT_CLOUD_API_URL",
        "ephemeral_enabled": "PREFECT_SERVER_EPHEMERAL_ENABLED",
    }

    def _label(self, name: str) -> str:
        """``PREFECT_API_KEY``, with where it was read when not from the caller."""
        var = self.ENV.get(name)
        if source := self.sources.get(name):
            return f"{var} (from {source})"
        return f"{name} ({var})" if var else name

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "sources", dict(self.sources))
        set_(self, "api_key", clean_secret(self._label("api_key"), self.api_key))
        auth = clean_secret(self._label("auth_string"), self.auth_string, header=False)
        set_(self, "auth_string", auth)
        for name in ("request_timeout", "retry_after_max", "keepalive_expiry"):
            self._check_number(name, positive=True)
        for name in ("retry_jitter_factor", "retry_base_delay", "maintenance_max_wait"):
            self._check_number(name, positive=False)
        for name in ("max_retries", "max_connections", "max_keepalive_connections"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                _invalid(f"{self._label(name)} must be a whole number >= 0, got {value!r}")
        set_(self, "custom_headers", self._checked_headers(self.custom_headers))
        if self.ssl_cert_file is not None and not os.path.isfile(self.ssl_cert_file):
            label = self._label("ssl_cert_file")
            _invalid(f"{label}: no CA bundle file at {self.ssl_cert_file!r}")

    def _check_number(self, name: str, positive: bool) -> None:
        value = getattr(self, name)
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and (math.isnan(value) or value < 0 or (positive and value == 0)):
            ok = False
        if not ok:
            bound = "> 0" if positive else ">= 0"
            _invalid(f"{self._label(name)} must be a number {bound}, got {value!r}")

    def _checked_headers(self, headers: object) -> dict[str, str]:
        label = self._label("custom_headers")
        if not isinstance(headers, Mapping):
            _invalid(f"{label} must be a JSON object of header names to strings")
        kept: dict[str, str] = {}
        for name, value in headers.items():
            if not isinstance(name, str) or not isinstance(value, str):
                _invalid(f"{label}: header names and values must be strings")
            if not _HEADER_NAME.fullmatch(name):
                _invalid(f"{label}: {name!a} is not a valid header name")
            if reason := _unsendable(value.strip()):
                _invalid(
                    f"{label}: the value of header {name!r} contains {reason}, "
                    "which an HTTP header cannot carry (value not shown)"
                )
            if name.lower() in PROTECTED_HEADERS:
                logger.warning(
                    "Custom header %r is ignored: the client manages it (protected: "
                    "User-Agent, X-PREFECT-API-VERSION, Prefect-Csrf-Token, Prefect-Csrf-Client)",
                    name,
                )
                continue
            kept[name] = value.strip()
        return kept

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Read every setting that is set in ``environ`` (default: ``os.environ``) only.

        ``overrides`` (field names) win over the environment.  :meth:`load` reads
        Prefect's other sources too (``.env``, TOML files, the active profile).
        """
        env = os.environ if environ is None else environ
        found = {
            name: Found(env[var], f"the environment ({var})")
            for name, var in cls.ENV.items()
            if env.get(var) is not None
        }
        return cls._build(found, overrides)

    @classmethod
    def load(
        cls,
        environ: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
        **overrides: object,
    ) -> Settings:
        """The settings as Prefect 3.8.8 resolves them, from every source in its order.

        The environment (default ``os.environ``), then ``.env``, ``prefect.toml``
        and ``pyproject.toml [tool.prefect]`` in ``cwd`` (default: the working
        directory), then the active profile (see :mod:`prefect_rest.settings.sources`).
        ``overrides`` (field names) win over all of them.
        """
        try:
            sources = Sources(environ, cwd)
        except SourceError as exc:
            _invalid(f"Prefect settings cannot be read: {exc}")
        resolved = sources.resolve()
        found = {name: resolved[var] for name, var in cls.ENV.items() if var in resolved}
        # Prefect's own default is off; its built-in default profile turns it on.
        found.setdefault(
            "ephemeral_enabled",
            Found(False, f"Prefect's default, not set in {sources.profile.source}"),
        )
        return cls._build(found, overrides)

    @classmethod
    def _build(cls, found: Mapping[str, Found], overrides: Mapping[str, object]) -> Settings:
        kwargs: dict[str, object] = {}
        sources: dict[str, str] = {}
        for name, item in found.items():
            if name in overrides:
                continue
            raw = item.value
            if raw == "":
                continue  # set but empty: the default
            label = f"{cls.ENV[name]} (from {item.source})"
            try:
                kwargs[name] = _PARSE.get(name, _text)(raw)
            except ValueError as exc:
                reason = str(exc)
                if name in ("api_key", "auth_string"):
                    reason = "bad value (not shown)"
                _invalid(f"{label} is not valid: {reason}")
            sources[name] = item.source
        kwargs.update(overrides)
        return cls(**kwargs, sources=sources)  # type: ignore[arg-type]

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
            if f.name == "sources":
                continue
            if f.name in ("api_key", "auth_string"):
                shown.append(f"{f.name}={'***' if value else None}")
            elif f.name == "api_url" and value:
                shown.append(f"api_url={redact_url(value)!r}")
            else:
                shown.append(f"{f.name}={value!r}")
        return f"Settings({', '.join(shown)})"


def redact_url(url: object) -> str:
    """``url`` as text without ``user:password@``."""
    text = str(url)
    return re.sub(r"(?<=://)[^/?#\s]*@", "", text)
