"""``get_client``: a client set up from Prefect's settings (environment, files, profile)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from .settings import Settings

if TYPE_CHECKING:
    from ._async.client import PrefectClient
    from ._sync.client import SyncPrefectClient


@overload
def get_client(
    httpx_settings: Mapping[str, Any] | None = ..., sync_client: Literal[False] = ...
) -> PrefectClient: ...


@overload
def get_client(
    httpx_settings: Mapping[str, Any] | None = ..., *, sync_client: Literal[True]
) -> SyncPrefectClient: ...


def get_client(
    httpx_settings: Mapping[str, Any] | None = None, sync_client: bool = False
) -> PrefectClient | SyncPrefectClient:
    """A client for ``PREFECT_API_URL``, or for the in-process server when it is not set.

    Settings are resolved as Prefect resolves them: the environment, ``.env``,
    ``prefect.toml``, ``pyproject.toml [tool.prefect]``, then the active profile.
    Without a URL the in-process server runs if ``PREFECT_SERVER_EPHEMERAL_ENABLED``
    is on (Prefect's default profile turns it on), else ``InvalidArgument``, as
    Prefect raises ``ValueError``.  Use it as ``async with get_client() as client``
    (``with`` for ``sync_client=True``).
    """
    settings = Settings.load()
    if not settings.api_url and not settings.ephemeral_enabled:
        from .exceptions import InvalidArgument

        where = settings.sources.get("ephemeral_enabled")
        raise InvalidArgument(
            "No Prefect API URL provided. Please set PREFECT_API_URL to the address of a "
            "running Prefect server (or PREFECT_SERVER_EPHEMERAL_ENABLED=true for the "
            f"in-process server; it is off: {where})."
        )
    if sync_client:
        from ._sync.client import SyncPrefectClient

        return SyncPrefectClient(settings.api_url, httpx_settings=httpx_settings, settings=settings)
    from ._async.client import PrefectClient

    return PrefectClient(settings.api_url, httpx_settings=httpx_settings, settings=settings)
