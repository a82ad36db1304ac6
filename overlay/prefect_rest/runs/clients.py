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
    from ..events.clients import choose_async_client

    chosen, owned = choose_async_client(client)
    if not owned:
        yield chosen
        return
    async with chosen:
        yield chosen
