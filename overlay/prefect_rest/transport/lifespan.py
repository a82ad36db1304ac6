"""Running an ASGI app's lifespan (startup, shutdown) for the clients that serve it.

As Prefect's client does: the first client on an app (per event loop) starts its
lifespan, later ones on the same loop share it (a reference count), and the last
one to close shuts it down, also when its block raised or was cancelled.
Needs ``asgi-lifespan`` (the ``ephemeral`` extra), imported on first use.
"""

from __future__ import annotations

import logging
from typing import Any

import anyio
from anyio.lowlevel import RunVar

from ..exceptions import ClientStateError, EphemeralServerUnavailable

logger = logging.getLogger("prefect_rest")

#: Per event loop run: id(app) -> [lifespan manager or None, clients using it].
_RUNNING: RunVar[dict[int, list[Any]]] = RunVar("prefect_rest_lifespans")
_LOCK: RunVar[anyio.Lock] = RunVar("prefect_rest_lifespan_lock")


def _state() -> tuple[dict[int, list[Any]], anyio.Lock]:
    try:
        running = _RUNNING.get()
    except LookupError:
        running = {}
        _RUNNING.set(running)
    try:
        lock = _LOCK.get()
    except LookupError:
        lock = anyio.Lock()
        _LOCK.set(lock)
    return running, lock


async def enter(app: Any) -> None:
    """Start ``app``'s lifespan unless a client on this loop already did."""
    try:
        from asgi_lifespan import LifespanManager, LifespanNotSupported
    except ImportError:
        raise EphemeralServerUnavailable(
            "PrefectClient(app) runs the app's lifespan and needs the asgi-lifespan "
            "package: pip install 'prefect-rest[ephemeral]'"
        ) from None
    running, lock = _state()
    async with lock:
        entry = running.get(id(app))
        if entry is not None:
            entry[1] += 1
            return
        manager: Any = LifespanManager(app, startup_timeout=30, shutdown_timeout=30)
        try:
            await manager.__aenter__()
        except LifespanNotSupported:
            manager = None  # an app without a lifespan serves requests all the same
        except Exception as exc:
            raise ClientStateError(
                f"the ASGI app's lifespan startup failed: {type(exc).__name__}: {exc}"
            ) from exc
        running[id(app)] = [manager, 1]


async def exit(app: Any) -> None:
    """Release ``app``'s lifespan; the last client shuts it down (shielded from cancellation)."""
    with anyio.CancelScope(shield=True):
        running, lock = _state()
        async with lock:
            entry = running.get(id(app))
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del running[id(app)]
            if entry[0] is None:
                return
            try:
                await entry[0].__aexit__(None, None, None)
            except Exception as exc:  # the client is closed either way
                logger.warning("the ASGI app's lifespan shutdown failed: %s", type(exc).__name__)
