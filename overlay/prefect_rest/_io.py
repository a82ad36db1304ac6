"""The few I/O primitives whose async and sync forms differ only by name.

``scripts/make_sync.py`` rewrites ``async_sleep`` to ``sync_sleep`` (and so on)
when it derives the sync client from the async source.
"""

from __future__ import annotations

import time

import anyio

async_sleep = anyio.sleep
sync_sleep = time.sleep
