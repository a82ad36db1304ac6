"""Client settings, read from the sources Prefect 3.8.8 reads, in its order.

``table`` holds :class:`Settings` (every field, its variable, its checks);
``sources`` finds each variable in the environment, ``.env``, ``prefect.toml``,
``pyproject.toml [tool.prefect]`` and the active profile; ``dotenv`` reads
``.env`` files.  ``prefect`` is never imported.
"""

from __future__ import annotations

from .sources import VARIABLES, Found, SourceError, Sources
from .table import (
    API_VERSION,
    PROTECTED_HEADERS,
    SERVER_RELEASE,
    ServerType,
    Settings,
    clean_secret,
    logger,
    redact_url,
)

__all__ = [
    "API_VERSION",
    "PROTECTED_HEADERS",
    "SERVER_RELEASE",
    "VARIABLES",
    "Found",
    "ServerType",
    "Settings",
    "SourceError",
    "Sources",
    "clean_secret",
    "logger",
    "redact_url",
]
