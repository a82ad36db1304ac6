"""The process's one in-process server: started on first use, stopped at exit, forgotten on fork.

* The first caller starts it under a lock, so concurrent first callers (threads or
  tasks) start it once; every later client shares it.
* :func:`shutdown` runs at interpreter exit from a threading exit hook (before
  ``concurrent.futures`` stops its executors); the thread is a daemon, so exit
  never hangs.
* Fork: ``os.register_at_fork`` clears the module state in a forked child, so a
  child that never uses the client does nothing at exit, and one that does starts
  its own server. Only the process that created a server stops it.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sys
import threading
from collections.abc import Iterator

import httpx

from ..exceptions import EphemeralServerUnavailable
from .app import STARTUP_TIMEOUT, Server
from .collector import import_server
from .forwarding import AsyncTransport, SyncTransport
from .isolation import IsolatedDatabase
from .loopback import Loopback
from .overrides import api_overrides

__all__ = [
    "async_transport",
    "isolated",
    "loopback_api_url",
    "shutdown",
    "sync_transport",
    "throwaway_requested",
]

#: Set to 1/true/yes/on for a private database deleted at exit.
THROWAWAY_VARIABLE = "PREFECT_REST_EPHEMERAL_THROWAWAY"
_SHUTDOWN_TIMEOUT = 10.0

_lock = threading.Lock()
_loopback_lock = threading.Lock()
_server: Server | None = None
_shut_down = False
_start_count = 0


def throwaway_requested() -> bool:
    """Whether ``PREFECT_REST_EPHEMERAL_THROWAWAY`` asks for a private, deleted database."""
    value = os.environ.get(THROWAWAY_VARIABLE, "").strip().lower()
    return value in ("1", "true", "yes", "on")


def _register_exit_hook() -> None:
    """Run :func:`shutdown` at exit, before ``concurrent.futures`` stops its executors.

    ``threading._register_atexit`` hooks run when the main thread finishes, before
    non-daemon threads are joined and before :mod:`atexit`. Stopping the server any
    later fails: once the executors refuse work, a Prefect service (docket's
    cancellation listener, on the in-memory broker) spins on the server loop.
    """
    import concurrent.futures.thread  # noqa: F401  (its hook is registered first, runs last)

    register = getattr(threading, "_register_atexit", None)
    if register is not None:
        try:
            register(shutdown)
            return
        except RuntimeError:  # already shutting down
            pass
    atexit.register(shutdown)


def get_server(*, for_isolation: bool = False, timeout: float | None = None) -> Server:
    """Return the process's server, starting it on first use (blocking).

    ``for_isolation``: a server that starts here does not open the user's database
    until a request comes outside every isolated block. ``timeout`` bounds the start.
    """
    global _server, _start_count
    server = _server
    if server is not None:
        return server
    with _lock:
        if _server is None:
            if _shut_down:
                raise EphemeralServerUnavailable(
                    "The in-process Prefect server was shut down and cannot restart in this process"
                )
            import_server()
            server = Server(throwaway=throwaway_requested(), for_isolation=for_isolation)
            server.start(STARTUP_TIMEOUT if timeout is None else timeout)
            _server = server
            _start_count += 1
            _register_exit_hook()
        return _server


def sync_transport() -> httpx.BaseTransport:
    """Return a sync transport to the in-process server (starting it if needed).

    Use with ``httpx.Client(transport=..., base_url=EPHEMERAL_BASE_URL)``.
    Closing the client does not stop the shared server.
    """
    return SyncTransport(get_server())


async def async_transport() -> httpx.AsyncBaseTransport:
    """Return an async transport to the in-process server (starting it if needed).

    Use with ``httpx.AsyncClient(transport=..., base_url=EPHEMERAL_BASE_URL)`` on any
    event loop. The first start runs in a worker thread, so the caller's loop is not
    blocked. Closing the client does not stop the shared server.
    """
    server = _server
    if server is None:
        import anyio.to_thread

        server = await anyio.to_thread.run_sync(get_server, abandon_on_cancel=True)
    return AsyncTransport(server)


def _loopback(server: Server) -> str:
    with _loopback_lock:
        if server.loopback is None:
            loopback = Loopback(server)
            loopback.start()
            server.loopback = loopback
        return str(server.loopback.api_url)


def loopback_api_url() -> str:
    """Serve the in-process server on a 127.0.0.1 port; return ``http://127.0.0.1:PORT/api``.

    Starts the server if needed, and the port on the first call (uvicorn, on the
    server's event loop); later calls return the same URL. Thread-safe. Requests
    through it take the same write gate and see the same (isolated) database as
    the in-process transports. Not to be called from the server's own loop.
    """
    return _loopback(get_server())


def serves(url: str) -> bool:
    """Whether ``url`` is the running server's loopback API URL (so no socket is needed)."""
    server = _server
    loopback = server.loopback if server is not None else None
    return loopback is not None and url.rstrip("/") == loopback.api_url


def drain_prefect_clients() -> None:
    """Send what Prefect's client-side workers still hold (logs, events) to the server."""
    if "prefect.logging.handlers" not in sys.modules:
        return
    import inspect

    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def drain() -> None:
        with contextlib.suppress(RuntimeError):  # no log worker was started
            logs: object = APILogWorker.instance().drain()
            if inspect.isawaitable(logs):
                await logs
        events: object = EventsWorker.drain_all()
        if inspect.isawaitable(events):
            await events

    run_coro_as_sync(drain())


@contextlib.contextmanager
def isolated(startup_timeout: float | None = None) -> Iterator[IsolatedDatabase]:
    """Serve the whole process from a fresh, empty database until the block exits.

    Every client of the process (prefect_rest's, Prefect's engine and clients, in
    any thread) meets the fresh database: ``PREFECT_API_URL`` points at the server's
    loopback port for the block (see :mod:`.overrides`). Blocks stack (see
    :mod:`.isolation`). A server that starts here leaves the user's database closed.
    """
    server = get_server(for_isolation=True, timeout=startup_timeout)
    url = _loopback(server)
    database = server.require_portal().call(server.isolation.enter)
    storage = server.workdir / "results"
    try:
        with api_overrides(url, storage):
            try:
                yield database
            finally:
                drain_prefect_clients()
    finally:
        server.require_portal().call(server.isolation.leave, database)
        if not server.isolation.open:
            shutil.rmtree(storage, ignore_errors=True)


def shutdown(timeout: float = _SHUTDOWN_TIMEOUT) -> None:
    """Stop the in-process server, waiting at most ``timeout`` seconds.

    Runs automatically at interpreter exit. Afterwards the transports raise
    :class:`EphemeralServerUnavailable`; the server cannot restart in this process.
    In a forked child it does nothing to the parent's server.
    """
    global _server, _shut_down
    with _lock:
        server = _server
        if server is None or server.owner_pid != os.getpid():
            return
        _server = None
        _shut_down = True
    server.close(timeout)


def _after_fork_in_child() -> None:
    """Forget the parent's server in a forked child (its loop thread does not exist here)."""
    global _lock, _loopback_lock, _server, _shut_down, _start_count
    _lock = threading.Lock()
    _loopback_lock = threading.Lock()
    _server = None
    _shut_down = False
    _start_count = 0


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
