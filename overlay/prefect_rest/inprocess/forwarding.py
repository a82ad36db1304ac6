"""httpx transports that hand requests to the server loop, from any thread or event loop.

A sync client waits on a future started on the server's portal; an async client on
any loop awaits it (on trio, in a worker thread). The wait for the write gate is
bounded by the request's pool timeout (``httpx.PoolTimeout``, raised by the server),
the answer by pool + read timeouts + 1 s (``httpx.ReadTimeout``); a timed-out
request is not cancelled, as it may be writing (a real server would go on too).
"""

from __future__ import annotations

import concurrent.futures
from typing import TYPE_CHECKING

import httpx

from ..exceptions import EphemeralServerUnavailable

if TYPE_CHECKING:
    from .app import Server

__all__ = ["AsyncTransport", "SyncTransport"]

_ANSWER_MARGIN = 1.0


def _answer_timeout(request: httpx.Request) -> float | None:
    """How long a caller waits for an answer: the request's pool plus read timeouts.

    Plus a margin, so that a request still waiting for the write gate ends with the
    server's precise ``PoolTimeout`` (nothing was applied) rather than ours.
    """
    timeout = request.extensions.get("timeout") or {}
    pool, read = timeout.get("pool"), timeout.get("read")
    if read is None:
        return None
    return read + (pool or 0.0) + _ANSWER_MARGIN


def _read_timeout(request: httpx.Request, limit: float | None) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        f"the in-process server did not answer within {limit} s (PREFECT_API_REQUEST_TIMEOUT)",
        request=request,
    )


def _shut_down() -> EphemeralServerUnavailable:
    return EphemeralServerUnavailable("The in-process Prefect server was shut down")


def _start(server: Server, request: httpx.Request) -> concurrent.futures.Future[httpx.Response]:
    portal = server.require_portal()
    try:
        return portal.start_task_soon(server.handle, request)
    except RuntimeError as exc:
        raise _shut_down() from exc


def send(server: Server, request: httpx.Request) -> httpx.Response:
    """Serve ``request`` from a thread that is not the server loop's."""
    future = _start(server, request)
    limit = _answer_timeout(request)
    try:
        return future.result(timeout=limit)
    except concurrent.futures.TimeoutError:
        raise _read_timeout(request, limit) from None
    except concurrent.futures.CancelledError as exc:
        raise _shut_down() from exc
    except BaseException:
        if not future.done():
            future.cancel()
        raise


async def send_async(server: Server, request: httpx.Request) -> httpx.Response:
    """Serve ``request`` from a task on any event loop."""
    import asyncio

    future = _start(server, request)
    limit = _answer_timeout(request)
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # not asyncio (trio): wait in a worker thread
        import anyio.to_thread

        try:
            return await anyio.to_thread.run_sync(
                lambda: future.result(timeout=limit), abandon_on_cancel=True
            )
        except concurrent.futures.TimeoutError:
            raise _read_timeout(request, limit) from None
        except BaseException:
            future.cancel()
            raise
    waiter = asyncio.wrap_future(future)
    try:
        # Shielded: a timeout stops our wait, not the request (it may be writing).
        return await asyncio.wait_for(asyncio.shield(waiter), limit)
    except TimeoutError:
        raise _read_timeout(request, limit) from None
    except asyncio.CancelledError:
        future.cancel()
        raise


class SyncTransport(httpx.BaseTransport):
    """Sync httpx transport to the shared in-process server."""

    def __init__(self, server: Server) -> None:
        self._server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return send(self._server, request)


class AsyncTransport(httpx.AsyncBaseTransport):
    """Async httpx transport to the shared in-process server."""

    def __init__(self, server: Server) -> None:
        self._server = server

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await send_async(self._server, request)
