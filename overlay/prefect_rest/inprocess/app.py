"""The app's lifecycle: Prefect's ASGI app and its lifespan on an event loop in a daemon thread.

The app, its lifespan (services) and every request run on ONE event loop, owned by
a daemon thread (``anyio.run`` hosting an ``anyio.from_thread.BlockingPortal``).
ASGI apps, aiosqlite engines and Prefect's services are tied to the loop that
started them, so no client runs the app on its own loop: callers start work on the
portal (:mod:`.forwarding`).

Settings: ``os.environ`` is not changed. The server's settings are the process's
Prefect settings with our overrides (analytics, UI, block registration on start
off, API base path ``/api``, events flushed every 0.05 s; home and database only
when throwaway), applied with a ``SettingsContext`` in the lifespan task and around
each request.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ..exceptions import EphemeralServerUnavailable
from . import files
from .collector import INSTALL_HINT
from .database import Database
from .gate import BUSY_PAUSES, WriteGate, database_busy, writes
from .isolation import Isolation, settle_services
from .prefect_db import point_prefect_at, secret, sqlite_file, sqlite_url

if TYPE_CHECKING:
    import asyncio

    import anyio
    from anyio.from_thread import BlockingPortal

__all__ = ["Server", "template_path"]

logger = logging.getLogger("prefect_rest.ephemeral")

STARTUP_TIMEOUT = 300.0
_LIFESPAN_SHUTDOWN_TIMEOUT = 2.0
#: How often Prefect's event persister writes what it received (Prefect's default: 5 s).
EVENT_FLUSH_INTERVAL = 0.05


def template_path() -> Path:
    """Return the template database path for the installed Prefect version."""
    try:
        return files.template_path(files.prefect_version())
    except Exception as exc:  # PackageNotFoundError
        raise EphemeralServerUnavailable(INSTALL_HINT) from exc


class Server:
    """The Prefect app running on its own event loop in a daemon thread.

    ``throwaway``: the default database is a private file, deleted at exit.
    ``for_isolation``: started by an isolated block; the default database (the
    user's) is then prepared only when a request is served outside every block.
    """

    def __init__(self, throwaway: bool, for_isolation: bool = False) -> None:
        self.owner_pid = os.getpid()
        self.throwaway = throwaway
        self.for_isolation = for_isolation
        self.workdir = Path(tempfile.mkdtemp(prefix="prefect-rest-ephemeral-"))
        self.template = template_path()
        self.startup_seconds = 0.0
        self.app: Any = None
        self.default: Database | None = None
        #: Whether the default database is prepared and served when no block is open.
        self.default_ready = False
        self.gate: WriteGate | None = None
        self.isolation = Isolation(self)
        self.settings_context: Any = None
        self.transport: httpx.ASGITransport | None = None
        self.portal: BlockingPortal | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.loopback: Any = None  # a .loopback.Loopback once a port is served
        self._stopping = False
        self._stop: anyio.Event | None = None
        self._default_lock: anyio.Lock | None = None
        self._ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread = threading.Thread(
            target=self._run, name="prefect-rest-ephemeral", daemon=True
        )

    # -- compatibility views -------------------------------------------------------

    @property
    def database(self) -> Path | None:
        """The default SQLite file (None for other databases)."""
        return self.default.path if self.default is not None else None

    @property
    def from_template(self) -> bool:
        """Whether the default database was a new copy of the template."""
        return self.default is not None and self.default.from_template

    @property
    def migrated_from(self) -> str | None:
        """The revision the default database was upgraded from, if it was."""
        return self.default.migrated_from if self.default is not None else None

    @property
    def template_saved(self) -> bool:
        """Whether this server wrote the template."""
        return self.default is not None and self.default.template_saved

    @property
    def url(self) -> str:
        """The default database's connection URL."""
        return self.default.url if self.default is not None else ""

    # -- lifecycle (caller's thread) ------------------------------------------

    def start(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Start the loop thread and wait until the app answers requests."""
        started = time.perf_counter()
        self._thread.start()
        try:
            self._ready.result(timeout=timeout)
        except BaseException as exc:
            self.close(timeout=10.0)
            if isinstance(exc, EphemeralServerUnavailable):
                raise
            if isinstance(exc, TimeoutError):
                message = f"did not start within {timeout:.0f} s"
            else:
                message = f"failed to start: {type(exc).__name__}: {exc}"
            raise EphemeralServerUnavailable(f"The in-process Prefect server {message}") from exc
        self.startup_seconds = time.perf_counter() - started

    def close(self, timeout: float) -> None:
        """Stop the loop (portal, then lifespan) and wait at most ``timeout`` seconds.

        Does nothing in a process other than the one that created the server.
        """
        if os.getpid() != self.owner_pid:
            return
        loop, stop = self.loop, self._stop
        self._stopping = True
        self.portal = None
        if loop is not None and stop is not None:
            # Not through the portal: that waits for the loop, which must not block us.
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                loop.call_soon_threadsafe(stop.set)
        if self._thread.is_alive():
            self._thread.join(timeout)
        if self._thread.is_alive():
            logger.warning(
                "the in-process Prefect server did not stop within %.1f s; leaving its files",
                timeout,
            )
            return
        if self.default is not None and self.default.file_lock is not None:
            self.default.file_lock.close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def require_portal(self) -> BlockingPortal:
        """The portal to the server loop, or :class:`EphemeralServerUnavailable`."""
        portal = self.portal
        if portal is None or os.getpid() != self.owner_pid:
            raise EphemeralServerUnavailable("The in-process Prefect server was shut down")
        return portal

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

    def _default_database(self, base: Any) -> Database:
        """The database served outside isolated blocks: ours when throwaway, else Prefect's."""
        if self.throwaway:
            path = self.workdir / "prefect.db"
            return Database(sqlite_url(path), path, self.template, shared=False)
        url = secret(base.settings.server.database.connection_url)
        return Database(url, sqlite_file(url), self.template)

    def _settings(self, base: Any, url: str) -> Any:
        """The process's Prefect settings with the server's overrides (one copy: ~40 ms)."""
        from prefect.context import SettingsContext

        overrides: dict[str, Any] = {
            "server.analytics_enabled": False,
            "server.ui.enabled": False,
            "server.api.base_path": "/api",
            "server.services.event_persister.flush_interval": EVENT_FLUSH_INTERVAL,
        }
        if self.throwaway:
            overrides["home"] = str(self.workdir / "home")
            overrides["server.database.connection_url"] = url
        if sqlite_file(url) is not None:
            # SQLite: migrated and blocks registered by Database.prepare before the app
            # starts (create_db and block registration do not read these): skip Prefect's
            # checks. Other databases are left to Prefect's start-up.
            overrides["server.database.migrate_on_start"] = False
            overrides["server.register_blocks_on_start"] = False
            overrides["server.memoize_block_auto_registration"] = False  # no hashing at start
        settings = base.settings.copy_with_update(updates=overrides)
        return SettingsContext(profile=base.profile, settings=settings)

    async def _first_database(self, base: Any) -> str:
        """Prepare what the app starts on; return its URL."""
        assert self.default is not None
        if not self.for_isolation or self.throwaway:
            await self.default.prepare()
            self.default_ready = True
            return self.default.url
        # Started by an isolated block: the user's database stays closed for now.
        return await self.isolation.prepare_idle()

    async def _main(self) -> None:
        import asyncio

        import anyio
        from anyio.from_thread import BlockingPortal
        from asgi_lifespan import LifespanManager
        from prefect.context import get_settings_context
        from prefect.server.api.server import create_app

        (self.workdir / "home").mkdir()
        base = get_settings_context()
        self.default = self._default_database(base)
        self.settings_context = self._settings(base, self.default.url)
        with self.settings_context.model_copy():
            point_prefect_at(self.default.url)
            first = await self._first_database(base)
            point_prefect_at(first)
        serving_default = first == self.default.url
        self.gate = WriteGate(
            self.default.file_lock if serving_default else None,
            enabled=sqlite_file(first) is not None,
        )
        self._stop = anyio.Event()
        self._default_lock = anyio.Lock()
        self.loop = asyncio.get_running_loop()
        with self.settings_context.model_copy():
            self.app = create_app(ephemeral=True, ignore_cache=True)
            try:
                async with (
                    LifespanManager(
                        self.app,
                        startup_timeout=STARTUP_TIMEOUT,
                        shutdown_timeout=_LIFESPAN_SHUTDOWN_TIMEOUT,
                    ) as manager,
                    BlockingPortal() as portal,
                ):
                    self.app = manager.app
                    self.transport = httpx.ASGITransport(
                        app=manager.app, raise_app_exceptions=False
                    )
                    self.portal = portal
                    self._ready.set_result(None)
                    try:
                        await self._stop.wait()
                    finally:
                        if self.loopback is not None:
                            await self.loopback.stop()
                        # What the services hold is written before they stop.
                        with anyio.CancelScope(shield=True):
                            await settle_services(EVENT_FLUSH_INTERVAL)
            except TimeoutError:
                if not self._ready.done():
                    raise
                # Prefect 3.8.8's periodic trigger evaluation sleeps (5 s) in a
                # ``finally`` when cancelled mid-run: stop waiting, anyio.run
                # cancels what is left (every write was committed or rolled back).
                logger.debug("the Prefect server's lifespan shutdown timed out")

    # -- the default database (server loop) -------------------------------------

    def serve_default(self) -> None:
        """Point the app at the default database, or the idle one until it is prepared."""
        assert self.gate is not None and self.default is not None
        if self.default_ready:
            point_prefect_at(self.default.url)
            self.gate.file_lock = self.default.file_lock
            self.gate.enabled = self.default.path is not None
        else:
            point_prefect_at(self.isolation.idle_url())
            self.gate.file_lock, self.gate.enabled = None, True

    async def open_default(self) -> None:
        """Prepare the default database on first use outside every isolated block."""
        assert self._default_lock is not None and self.gate is not None
        assert self.default is not None
        async with self._default_lock, self.gate.lock:
            if self.default_ready or self.isolation.open:
                return
            with self.settings_context.model_copy():
                await self.default.prepare()
            self.default_ready = True
            self.serve_default()

    # -- serving (server loop) ----------------------------------------------------

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Serve one request on the server loop; return it with its body read."""
        import anyio

        transport, gate = self.transport, self.gate
        assert transport is not None and gate is not None
        if not self.default_ready and not self.isolation.open:
            await self.open_default()
        gated = gate.enabled and writes(request.method, request.url.path)
        with self.settings_context.model_copy():
            if gated:
                await self._take_turn(gate, request)
            try:
                pauses = iter(BUSY_PAUSES)
                while True:
                    response = await transport.handle_async_request(request)
                    try:
                        body = b"".join([chunk async for chunk in response.aiter_raw()])
                    finally:
                        await response.aclose()
                    pause = next(pauses, None)
                    if pause is None or not database_busy(response.status_code, body):
                        return httpx.Response(
                            status_code=response.status_code,
                            headers=response.headers,
                            stream=httpx.ByteStream(body),
                            extensions=response.extensions,
                        )
                    await anyio.sleep(pause)
            finally:
                if gated:
                    gate.end_turn()

    @staticmethod
    async def _take_turn(gate: WriteGate, request: httpx.Request) -> None:
        """Wait for the write gate within the request's pool timeout (``httpx.PoolTimeout``)."""
        timeout = (request.extensions.get("timeout") or {}).get("pool")
        try:
            await gate.take_turn(timeout)
        except TimeoutError:
            raise httpx.PoolTimeout(
                f"the in-process server's write gate stayed busy for {timeout} s "
                "(PREFECT_API_REQUEST_TIMEOUT)",
                request=request,
            ) from None
