"""``get_client``: a client set up from the ``PREFECT_*`` environment variables."""

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

    Use it as ``async with get_client() as client`` (``with`` for ``sync_client=True``).
    """
    settings = Settings.from_env()
    if sync_client:
        from ._sync.client import SyncPrefectClient

        return SyncPrefectClient(settings.api_url, httpx_settings=httpx_settings, settings=settings)
    from ._async.client import PrefectClient

    return PrefectClient(settings.api_url, httpx_settings=httpx_settings, settings=settings)
