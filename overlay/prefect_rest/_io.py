"""The few I/O primitives whose async and sync forms differ only by name.

``scripts/make_sync.py`` rewrites ``async_sleep`` to ``sync_sleep`` (and so on)
when it derives the sync client from the async source.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any, NoReturn

import anyio

async_sleep = anyio.sleep
sync_sleep = time.sleep


def async_lock() -> anyio.Lock:
    """A lock for the tasks of one event loop (make it on that loop)."""
    return anyio.Lock()


def sync_lock() -> threading.Lock:
    """A lock for threads."""
    return threading.Lock()


def async_current_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop, or None (under trio)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def sync_current_loop() -> asyncio.AbstractEventLoop | None:
    """A sync client runs on no event loop."""
    return None


class AsyncOnlyGuard:
    """Refuses ``with`` on an async client, saying what to write instead."""

    def __enter__(self) -> NoReturn:
        from .exceptions import ClientStateError

        raise ClientStateError(
            # Prefect's wording (its tests match it), then where the sync client is
            "The `PrefectClient` must be entered with an async context. Use 'async "
            "with PrefectClient(...)' not 'with PrefectClient(...)' "
            "(or get_client(sync_client=True) / SyncPrefectClient for `with`)"
        )

    def __exit__(self, *exc_info: Any) -> None:
        """Never reached: ``__enter__`` raises."""


class SyncOnlyGuard:
    """The sync twin of :class:`AsyncOnlyGuard`: nothing to refuse."""
