"""The REST client a helper uses: the caller's, its async twin, or one of its own."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any


@contextlib.asynccontextmanager
async def using_client(client: Any) -> AsyncIterator[Any]:
    """An entered async client: ``client`` itself, or a new one closed on exit.

    None gives ``get_client()``'s (``PREFECT_API_URL`` or the in-process server);
    a ``SyncPrefectClient`` gives an async client on the same server and settings.
    """
    from .._async.client import PrefectClient

    if isinstance(client, PrefectClient):
        yield client
        return
    from ..events.clients import async_twin, default_client

    own = default_client() if client is None else async_twin(client)
    async with own:
        yield own
