"""The few I/O primitives whose async and sync forms differ only by name.

``scripts/make_sync.py`` rewrites ``async_sleep`` to ``sync_sleep`` (and so on)
when it derives the sync client from the async source.
"""

from __future__ import annotations

import asyncio
import time

import anyio

async_sleep = anyio.sleep
sync_sleep = time.sleep


def async_current_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop, or None (under trio)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def sync_current_loop() -> asyncio.AbstractEventLoop | None:
    """A sync client runs on no event loop."""
    return None
