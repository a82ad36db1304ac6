"""The in-process Prefect server used when no ``PREFECT_API_URL`` is set.

It opens no network port: httpx transports hand each request straight to the
Prefect ASGI app (``create_app(ephemeral=True)``, API under ``/api``).

Design
------
* One server per process, started by the first caller of :func:`async_transport`
  or :func:`sync_transport` (under a lock, so concurrent first callers, threads
  or tasks, start it once) and shared by every later client.
* The app, its lifespan (migrations, services) and every request run on ONE
  event loop, owned by a daemon thread (``anyio.run`` hosting an
  ``anyio.from_thread.BlockingPortal``). ASGI apps, aiosqlite engines and
  Prefect's services are tied to the loop that started them, so no client runs
  the app on its own loop: a sync client calls ``portal.call``; an async client
  on any loop (pytest makes one per test) starts the request on the portal and
  awaits the concurrent future. The thread is ours (not
  ``start_blocking_portal``) so that the lifespan runs in the loop's main task
  and shutdown can wait a bounded time.
* Writes go through one at a time: requests that may write (any method but
  GET/HEAD/OPTIONS, except the POST reads ``.../filter``, ``count``,
  ``paginate``, ``history``) wait on an ``anyio.Lock`` on the server loop.
  Prefect's SQLite transactions begin DEFERRED, so two requests writing at once
  make one fail with "database is locked" and the API answer 503: 4 tasks
  creating runs got half their writes refused and 9 req/s; with the gate,
  about 100 req/s at 4 or 16 tasks and a few 503s left from Prefect's
  background services. Those the server loop serves again itself after 10 to
  160 ms (Prefect rolls the transaction back and answers 503 "Service
  Unavailable", so nothing was applied; they succeed on the first retry); a 503
  that outlasts five tries is passed on. Making every transaction
  ``BEGIN IMMEDIATE`` instead deadlocked where Prefect opens a second write
  transaction inside a first (creating a work queue's default pool). Reads
  still run concurrently.
* Settings: ``os.environ`` is not changed (only ``DO_NOT_TRACK=1`` while
  ``prefect`` is first imported, so the import sends no telemetry and prints no
  notice; removed afterwards). The server's settings are the process's Prefect
  settings (profile and env) with our overrides: ``home`` and the SQLite
  ``server.database.connection_url`` in a private temp dir, analytics, UI and
  block registration on start off, API base path ``/api``. They are applied
  with a Prefect ``SettingsContext`` entered in the lifespan task (services
  inherit it) and around each request, so they hold even when ``prefect`` was
  imported before us, and they do not leak into subprocesses or the user's own
  Prefect use.
* Database: the first start on a machine runs the migrations (and registers the
  built-in block types) into a fresh SQLite file, then saves a copy (SQLite
  backup API, written to a temp file then renamed) as the template
  ``<cache dir>/template-<prefect version>.db``; the cache dir is
  ``$PREFECT_REST_CACHE_DIR``, else ``$XDG_CACHE_HOME/prefect-rest``, else
  ``~/.cache/prefect-rest``. Later starts copy the template and turn off the
  lifespan's migration check (the copy is at the head revision of this
  Prefect release; the check would cost 0.1 s).
* Shutdown: :func:`shutdown` runs at interpreter exit, from a threading exit
  hook (before ``concurrent.futures`` stops its executors, see
  :func:`_register_exit_hook`; ``atexit`` is too late): it asks the loop to stop
  (portal closed, lifespan shut down within 2 s) and waits at most ``timeout``
  seconds; the thread is a daemon, so exit never hangs. Its temp dir is then
  removed. The server cannot be restarted in the same process (Prefect caches
  its database config per process). Clients need no close call for the server:
  closing an httpx client leaves the shared server running.

Importing this module does not import ``prefect`` (nor ``anyio``).
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import importlib.metadata
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from .exceptions import EphemeralServerUnavailable

if TYPE_CHECKING:
    import asyncio

    import anyio
    from anyio.from_thread import BlockingPortal

__all__ = ["EPHEMERAL_BASE_URL", "async_transport", "shutdown", "sync_transport"]

EPHEMERAL_BASE_URL = "http://ephemeral-prefect/api"

_INSTALL_HINT = (
    "No PREFECT_API_URL is set and the in-process Prefect server is not available: "
    "pip install 'prefect-rest[ephemeral]', or set PREFECT_API_URL to a running server"
)
_STARTUP_TIMEOUT = 300.0
_SHUTDOWN_TIMEOUT = 10.0
_LIFESPAN_SHUTDOWN_TIMEOUT = 2.0

logger = logging.getLogger("prefect_rest.ephemeral")

_lock = threading.Lock()
_server: _Server | None = None
_shut_down = False
_start_count = 0


def cache_dir() -> Path:
    """Return the directory that holds the migrated template databases."""
    if configured := os.environ.get("PREFECT_REST_CACHE_DIR"):
        return Path(configured).expanduser()
    if xdg := os.environ.get("XDG_CACHE_HOME"):
        return Path(xdg).expanduser() / "prefect-rest"
    return Path.home() / ".cache" / "prefect-rest"


def template_path() -> Path:
    """Return the template database path for the installed Prefect version."""
    try:
        version = importlib.metadata.version("prefect")
    except importlib.metadata.PackageNotFoundError as exc:
        raise EphemeralServerUnavailable(_INSTALL_HINT) from exc
    return cache_dir() / f"template-{version}.db"


@contextlib.contextmanager
def _quiet_first_import() -> Iterator[None]:
    """Set ``DO_NOT_TRACK=1`` while ``prefect`` is imported for the first time."""
    if "prefect" in sys.modules or "DO_NOT_TRACK" in os.environ:
        yield
        return
    os.environ["DO_NOT_TRACK"] = "1"
    try:
        yield
    finally:
        os.environ.pop("DO_NOT_TRACK", None)


def _import_server() -> None:
    """Import the Prefect server, or raise :class:`EphemeralServerUnavailable`."""
    try:
        with _quiet_first_import():
            import anyio  # noqa: F401
            import asgi_lifespan  # noqa: F401
            import prefect.server.api.server  # noqa: F401
    except ImportError as exc:
        raise EphemeralServerUnavailable(f"{_INSTALL_HINT} ({exc})") from exc
    except Exception as exc:  # e.g. an incompatible fastapi breaks prefect's import
        raise EphemeralServerUnavailable(
            f"{_INSTALL_HINT} (importing prefect failed: {type(exc).__name__}: {exc})"
        ) from exc


def _save_template(database: Path, template: Path) -> None:
    """Copy ``database`` to ``template`` atomically (temp file, then rename)."""
    import sqlite3

    template.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=template.name + ".", suffix=".tmp", dir=template.parent)
    os.close(fd)
    try:
        source = sqlite3.connect(database)
        try:
            target = sqlite3.connect(tmp_name)
            try:
                source.backup(target)
                # A standalone file: no -wal sidecar that a copy could miss.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        os.replace(tmp_name, template)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


class _Server:
    """The Prefect app running on its own event loop in a daemon thread."""

    def __init__(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="prefect-rest-ephemeral-"))
        self.database = self.workdir / "prefect.db"
        self.home = self.workdir / "home"
        self.template = template_path()
        self.from_template = False
        self._stopping = False
        self.template_saved = False
        self.startup_seconds = 0.0
        self.app: Any = None
        self._transport: httpx.ASGITransport | None = None
        self._portal: BlockingPortal | None = None
        self._stop: anyio.Event | None = None
        self._write_gate: anyio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._settings_context: Any = None
        self._ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread = threading.Thread(
            target=self._run, name="prefect-rest-ephemeral", daemon=True
        )

    # -- lifecycle (caller's thread) ------------------------------------------

    def start(self) -> None:
        """Start the loop thread and wait until the app answers requests."""
        started = time.perf_counter()
        self._thread.start()
        try:
            self._ready.result(timeout=_STARTUP_TIMEOUT)
        except BaseException as exc:
            self.close(timeout=_SHUTDOWN_TIMEOUT)
            if isinstance(exc, TimeoutError):
                message = f"did not start within {_STARTUP_TIMEOUT:.0f} s"
            else:
                message = f"failed to start: {type(exc).__name__}: {exc}"
            raise EphemeralServerUnavailable(f"The in-process Prefect server {message}") from exc
        self.startup_seconds = time.perf_counter() - started

    def close(self, timeout: float) -> None:
        """Stop the loop (portal, then lifespan) and wait at most ``timeout`` seconds."""
        loop, stop = self._loop, self._stop
        self._stopping = True
        self._portal = None
        if loop is not None and stop is not None:
            # Not through the portal: that waits for the loop, which must not block us.
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                loop.call_soon_threadsafe(stop.set)
        if self._thread.is_alive():
            self._thread.join(timeout)
        if self._thread.is_alive():
            logger.warning(
                "the in-process Prefect server did not stop within %.1f s; leaving %s",
                timeout,
                self.workdir,
            )
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)

    # -- the loop thread --------------------------------------------------------

    def _run(self) -> None:
        import anyio

        try:
            anyio.run(self._main)
        except BaseException as exc:
            if not self._ready.done():
                self._ready.set_exception(exc)
            elif self._stopping:  # e.g. a Prefect service stopped before it had started
                logger.debug("the in-process Prefect server's shutdown raised %r", exc)
            else:
                logger.warning("the in-process Prefect server stopped with %r", exc)
        finally:
            if not self._ready.done():
                self._ready.set_exception(RuntimeError("the server thread exited"))

    def _overrides(self) -> dict[Any, Any]:
        return {
            "home": str(self.home),
            "server.database.connection_url": f"sqlite+aiosqlite:///{self.database}",
            # A copy of the template is migrated already: skip alembic's check (0.1 s).
            "server.database.migrate_on_start": not self.from_template,
            "server.analytics_enabled": False,
            "server.ui.enabled": False,
            "server.register_blocks_on_start": False,
            "server.api.base_path": "/api",
        }

    async def _main(self) -> None:
        import asyncio

        import anyio
        from anyio.from_thread import BlockingPortal
        from asgi_lifespan import LifespanManager
        from prefect.context import SettingsContext, get_settings_context
        from prefect.server.api.server import create_app

        self.home.mkdir()
        self.from_template = self.template.is_file()
        base = get_settings_context()
        settings = base.settings.copy_with_update(updates=self._overrides())
        self._settings_context = SettingsContext(profile=base.profile, settings=settings)
        self._stop = anyio.Event()
        self._write_gate = anyio.Lock()
        self._loop = asyncio.get_running_loop()
        with self._settings_context.model_copy():
            await self._prepare_database()
            self.app = create_app(ephemeral=True, ignore_cache=True)
            try:
                async with (
                    LifespanManager(
                        self.app,
                        startup_timeout=_STARTUP_TIMEOUT,
                        shutdown_timeout=_LIFESPAN_SHUTDOWN_TIMEOUT,
                    ) as manager,
                    BlockingPortal() as portal,
                ):
                    self._transport = httpx.ASGITransport(
                        app=manager.app, raise_app_exceptions=False
                    )
                    self._portal = portal
                    self._ready.set_result(None)
                    await self._stop.wait()
            except TimeoutError:
                if not self._ready.done():
                    raise
                # Prefect 3.8.8's periodic trigger evaluation sleeps (5 s) in a
                # ``finally`` when cancelled mid-run; its database is thrown away
                # anyway, so stop waiting: anyio.run cancels what is left.
                logger.debug("the Prefect server's lifespan shutdown timed out")

    async def _prepare_database(self) -> None:
        """Copy the template, or migrate a new database and save it as the template."""
        import anyio.to_thread

        if self.from_template:
            await anyio.to_thread.run_sync(shutil.copyfile, self.template, self.database)
            return

        from prefect.server.database import provide_database_interface
        from prefect.server.models.block_registration import run_block_auto_registration

        db = provide_database_interface()
        await db.create_db()
        session = await db.session()
        async with session:
            await run_block_auto_registration(session=session)
        try:
            await anyio.to_thread.run_sync(_save_template, self.database, self.template)
        except OSError as exc:
            logger.warning("could not save the template database %s: %s", self.template, exc)
        else:
            self.template_saved = True

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        """Serve one request on the server loop; return it with its body read."""
        import anyio

        transport = self._transport
        assert transport is not None
        gate: Any = self._write_gate if _writes(request) else contextlib.nullcontext()
        with self._settings_context.model_copy():
            async with gate:
                for pause in (*_BUSY_PAUSES, None):
                    response = await transport.handle_async_request(request)
                    try:
                        body = b"".join([chunk async for chunk in response.aiter_raw()])
                    finally:
                        await response.aclose()
                    if pause is None or not _database_busy(response.status_code, body):
                        break
                    await anyio.sleep(pause)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(body),
            extensions=response.extensions,
        )

    # -- forwarding (any thread, any loop) --------------------------------------

    def _require_portal(self) -> BlockingPortal:
        portal = self._portal
        if portal is None:
            raise EphemeralServerUnavailable("The in-process Prefect server was shut down")
        return portal

    def send(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request`` from a thread that is not the server loop's."""
        portal = self._require_portal()
        try:
            return portal.call(self._handle, request)
        except RuntimeError as exc:
            if "not running" in str(exc):
                raise EphemeralServerUnavailable(
                    "The in-process Prefect server was shut down"
                ) from exc
            raise

    async def send_async(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request`` from a task on any event loop."""
        import asyncio

        portal = self._require_portal()
        try:
            future = portal.start_task_soon(self._handle, request)
        except RuntimeError as exc:
            raise EphemeralServerUnavailable("The in-process Prefect server was shut down") from exc
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (trio): wait in a worker thread
            import anyio.to_thread

            try:
                return await anyio.to_thread.run_sync(future.result, abandon_on_cancel=True)
            except BaseException:
                future.cancel()
                raise
        return await asyncio.wrap_future(future)


#: Pauses before serving a request again that met a busy database (then the 503 stands).
_BUSY_PAUSES = (0.01, 0.02, 0.04, 0.08, 0.16)
#: Prefect's body for a retryable database error ("database is locked"), rolled back.
_BUSY_BODY = b'{"exception_message":"Service Unavailable"}'


def _database_busy(status: int, body: bytes) -> bool:
    """Whether the app answered a request with Prefect's retryable-database-error 503."""
    return status == 503 and body == _BUSY_BODY


_READ_SUFFIXES = ("/filter", "/count", "/paginate", "/history")


def _writes(request: httpx.Request) -> bool:
    """Whether ``request`` may write to the database (reads that POST a filter do not)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return False
    return not request.url.path.rstrip("/").endswith(_READ_SUFFIXES)


class _SyncTransport(httpx.BaseTransport):
    """Sync httpx transport to the shared in-process server."""

    def __init__(self, server: _Server) -> None:
        self._server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._server.send(request)


class _AsyncTransport(httpx.AsyncBaseTransport):
    """Async httpx transport to the shared in-process server."""

    def __init__(self, server: _Server) -> None:
        self._server = server

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await self._server.send_async(request)


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


def _get_server() -> _Server:
    """Return the process's server, starting it on first use (blocking)."""
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
            _import_server()
            server = _Server()
            server.start()
            _server = server
            _start_count += 1
            _register_exit_hook()
        return _server


def sync_transport() -> httpx.BaseTransport:
    """Return a sync transport to the in-process server (starting it if needed).

    Use with ``httpx.Client(transport=..., base_url=EPHEMERAL_BASE_URL)``.
    Closing the client does not stop the shared server.
    """
    return _SyncTransport(_get_server())


async def async_transport() -> httpx.AsyncBaseTransport:
    """Return an async transport to the in-process server (starting it if needed).

    Use with ``httpx.AsyncClient(transport=..., base_url=EPHEMERAL_BASE_URL)`` on any
    event loop. The first start runs in a worker thread, so the caller's loop is not
    blocked. Closing the client does not stop the shared server.
    """
    server = _server
    if server is None:
        import anyio.to_thread

        server = await anyio.to_thread.run_sync(_get_server, abandon_on_cancel=True)
    return _AsyncTransport(server)


def shutdown(timeout: float = _SHUTDOWN_TIMEOUT) -> None:
    """Stop the in-process server, waiting at most ``timeout`` seconds.

    Runs automatically at interpreter exit. Afterwards the transports raise
    :class:`EphemeralServerUnavailable`; the server cannot restart in this process.
    """
    global _server, _shut_down
    with _lock:
        server, _server = _server, None
        if server is not None:
            _shut_down = True
    if server is not None:
        server.close(timeout)
