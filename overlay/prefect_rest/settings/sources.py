"""Where a setting comes from: the sources Prefect 3.8.8 reads, in its order.

1. the environment (names match in any case, as pydantic-settings matches them);
2. ``.env`` in the working directory;
3. ``prefect.toml`` in the working directory (tables as Prefect nests them:
   ``[api] url = ...``, ``[client] max_retries = 3``);
4. ``pyproject.toml`` in the working directory, under ``[tool.prefect]``
   (``[tool.prefect.api] url = ...``);
5. the active profile of ``profiles.toml``: ``PREFECT_PROFILE``, else the file's
   ``active``; profiles hold the variable names (``PREFECT_API_URL = ...``), as
   ``prefect config set`` and ``prefect cloud login`` write them.  The file is
   ``PREFECT_PROFILES_PATH`` (environment, ``.env``, ``profiles_path`` in the
   TOML files), else ``PREFECT_HOME/profiles.toml``, else
   ``~/.prefect/profiles.toml`` if it exists.  Without a file, or when the
   active profile is not in it, Prefect's built-in default profile
   (``ephemeral``) applies; under ``PREFECT_TEST_MODE`` no profile is read.

``prefect`` is not imported: the files are read here (``tomllib``, and
:mod:`.dotenv` for ``.env``).  Variables of our own (``PREFECT_REST_*``) are read
from the environment only.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger("prefect_rest")


@dataclass(frozen=True)
class Variable:
    """A setting: its names (environment, ``.env``, profiles) and its place in the TOML files."""

    #: the variable names, the first being the main one (later: Prefect's older aliases)
    names: tuple[str, ...]
    #: keys in ``prefect.toml`` (and under ``[tool.prefect]``); None: environment only
    toml: tuple[str, ...] | None

    @property
    def name(self) -> str:
        return self.names[0]


def _nested(name: str, toml: tuple[str, ...], *aliases: str) -> Variable:
    return Variable((name, *aliases), toml)


#: Every variable the client resolves through the sources, by main name.
VARIABLES: dict[str, Variable] = {
    v.name: v
    for v in (
        _nested("PREFECT_API_URL", ("api", "url")),
        _nested("PREFECT_API_KEY", ("api", "key")),
        _nested("PREFECT_API_AUTH_STRING", ("api", "auth_string")),
        _nested("PREFECT_API_REQUEST_TIMEOUT", ("api", "request_timeout")),
        _nested("PREFECT_API_TLS_INSECURE_SKIP_VERIFY", ("api", "tls_insecure_skip_verify")),
        _nested("PREFECT_API_SSL_CERT_FILE", ("api", "ssl_cert_file")),
        _nested("PREFECT_API_ENABLE_HTTP2", ("api", "enable_http2")),
        _nested("PREFECT_CLIENT_MAX_RETRIES", ("client", "max_retries")),
        _nested("PREFECT_CLIENT_RETRY_JITTER_FACTOR", ("client", "retry_jitter_factor")),
        _nested("PREFECT_CLIENT_RETRY_EXTRA_CODES", ("client", "retry_extra_codes")),
        _nested("PREFECT_CLIENT_CUSTOM_HEADERS", ("client", "custom_headers")),
        _nested("PREFECT_CLIENT_CSRF_SUPPORT_ENABLED", ("client", "csrf_support_enabled")),
        _nested("PREFECT_CLOUD_API_URL", ("cloud", "api_url")),
        _nested(
            "PREFECT_SERVER_EPHEMERAL_ENABLED",
            ("server", "ephemeral", "enabled"),
            "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE",
        ),
        _nested("PREFECT_HOME", ("home",)),
        _nested(
            "PREFECT_SERVER_DATABASE_CONNECTION_URL",
            ("server", "database", "connection_url"),
            "PREFECT_API_DATABASE_CONNECTION_URL",
        ),
        Variable(("PREFECT_REST_RETRY_BASE_DELAY",), None),
        Variable(("PREFECT_REST_RETRY_AFTER_MAX",), None),
        Variable(("PREFECT_REST_MAINTENANCE_MAX_WAIT",), None),
    )
}

#: Prefect's built-in default profile (its ``settings/profiles.toml``), used without a file.
DEFAULT_PROFILE = ("ephemeral", {"PREFECT_SERVER_EPHEMERAL_ENABLED": "true"})
_TEST_MODE = (
    "PREFECT_TEST_MODE",
    "PREFECT_UNIT_TEST_MODE",
    "PREFECT_TESTING_UNIT_TEST_MODE",
    "PREFECT_TESTING_TEST_MODE",
)
#: Settings fields whose TOML value may be a table (the others ignore a table, as Prefect).
_TABLE_VALUED = frozenset({"PREFECT_CLIENT_CUSTOM_HEADERS"})


@dataclass(frozen=True)
class Found:
    """A value and where it was read (``profile 'dev' in /home/me/.prefect/profiles.toml``)."""

    value: Any
    source: str


class SourceError(Exception):
    """A settings file cannot be read (invalid TOML); the message names the file."""


def _read_toml(path: Path) -> dict[str, Any] | None:
    """The TOML file at ``path`` (None: no such file), parsed once per change of the file."""
    try:
        stat = path.stat()
    except OSError:
        return None
    if not path.is_file():
        return None
    return _parse_toml(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _parse_toml(path: Path, mtime_ns: int, size: int) -> dict[str, Any]:
    import tomllib  # only when a file is there: 4 ms of import

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path} is not UTF-8 ({exc.reason})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{path} is not valid TOML ({exc})") from None


def _dig(data: Mapping[str, Any] | None, keys: tuple[str, ...]) -> Any:
    node: Any = data
    for key in keys:
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


@dataclass(frozen=True)
class Profile:
    """The profile in force: its name, file (None: Prefect's built-in default) and values."""

    name: str | None
    path: Path | None
    values: Mapping[str, Any]

    @property
    def source(self) -> str:
        if self.name is None:
            return "no profile (test mode)" if self.path is None else f"no profile ({self.path})"
        if self.path is None:
            return f"Prefect's default profile '{self.name}'"
        return f"profile '{self.name}' in {self.path}"


def _read_dotenv(path: Path, environ: Mapping[str, str]) -> dict[str, str | None]:
    from . import dotenv

    return dotenv.read(path, environ)


class Sources:
    """The settings sources as seen from ``cwd`` with ``environ`` (read once, when made)."""

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
    ) -> None:
        self.environ: Mapping[str, str] = os.environ if environ is None else environ
        self.cwd = Path.cwd() if cwd is None else Path(cwd)
        self._env = {k.lower(): v for k, v in self.environ.items()}
        env_file = self.cwd / ".env"
        self.dotenv_path = env_file
        try:
            dotenv_values = _read_dotenv(env_file, self.environ) if env_file.is_file() else {}
        except (OSError, UnicodeDecodeError) as exc:
            raise SourceError(f"cannot read {env_file}: {exc}") from None
        self._dotenv_exact = dotenv_values
        self._dotenv = {k.lower(): v for k, v in dotenv_values.items()}
        self.prefect_toml = _read_toml(self.cwd / "prefect.toml")
        self.pyproject = _dig(_read_toml(self.cwd / "pyproject.toml"), ("tool", "prefect"))
        self.profile = self._profile()

    # --- the profile -----------------------------------------------------------

    def _profiles_path(self) -> Path | None:
        """The profiles file Prefect reads (None: its built-in default only)."""
        env = self.environ
        if (
            configured := env.get("PREFECT_PROFILES_PATH")
            or self._dotenv_exact.get("PREFECT_PROFILES_PATH")
            or _dig(self.prefect_toml, ("profiles_path",))
            or _dig(self.pyproject, ("profiles_path",))
        ):
            return self.cwd / str(configured)
        if home := env.get("PREFECT_HOME"):
            return self.cwd / home / "profiles.toml"
        user_home = Path(env["HOME"]) if env.get("HOME") else Path.home()
        default = user_home / ".prefect" / "profiles.toml"
        return default if default.exists() else None

    def _profile(self) -> Profile:
        if any(self.environ.get(name) for name in _TEST_MODE):
            return Profile(None, None, {})
        path = self._profiles_path()
        default = Profile(DEFAULT_PROFILE[0], None, DEFAULT_PROFILE[1])
        if path is None:
            return default
        try:
            data = _read_toml(path)
        except SourceError as exc:
            # Prefect warns and goes on without any profile.
            logger.warning("Profiles not loaded: %s", exc)
            return Profile(None, path, {})
        if data is None:
            return default
        name = self.environ.get("PREFECT_PROFILE") or data.get("active")
        profiles = data.get("profiles")
        chosen = profiles.get(name) if isinstance(profiles, dict) and name else None
        if not isinstance(chosen, dict):
            return default
        return Profile(str(name), path, chosen)

    # --- one variable ----------------------------------------------------------

    def find(self, name: str) -> Found | None:
        """The value of the variable ``name`` (a key of :data:`VARIABLES`) and its source."""
        var = VARIABLES[name]
        for alias in var.names:
            if (value := self._env.get(alias.lower())) is not None:
                return Found(value, f"the environment ({alias})")
        if var.toml is None:
            return None
        for alias in var.names:
            if (value := self._dotenv.get(alias.lower())) is not None:
                return Found(value, f"{alias} in {self.dotenv_path}")
        for data, file, prefix in (
            (self.prefect_toml, "prefect.toml", ""),
            (self.pyproject, "pyproject.toml", "tool.prefect."),
        ):
            value = _dig(data, var.toml)
            if isinstance(value, dict) and name not in _TABLE_VALUED:
                value = None  # a table there is a nested settings group, as in Prefect
            if value is not None:
                return Found(value, f"{prefix}{'.'.join(var.toml)} in {self.cwd / file}")
        for alias in var.names:
            if (value := self.profile.values.get(alias)) is not None:
                return Found(value, f"{alias} in {self.profile.source}")
        return None

    def resolve(self) -> dict[str, Found]:
        """Every variable that is set somewhere, by main name."""
        found = {name: self.find(name) for name in VARIABLES}
        return {name: f for name, f in found.items() if f is not None}
