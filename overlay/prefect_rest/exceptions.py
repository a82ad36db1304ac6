"""Everything prefect_rest raises derives from :class:`PrefectRestError`."""

from __future__ import annotations

from typing import Any

import httpx


class PrefectRestError(Exception):
    """Base class of every error this client raises."""


class EphemeralServerUnavailable(PrefectRestError):
    """No ``PREFECT_API_URL`` is set and the in-process server cannot run."""
