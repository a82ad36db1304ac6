"""The in-process Prefect server used when no ``PREFECT_API_URL`` is set.

It opens no network port: httpx transports hand each request straight to the
Prefect ASGI app (``create_app(ephemeral=True)``, API under ``/api``).

Design
------
* One server per process, started by the first caller of :func:`async_transport`
  or :func:`sync_transport` (under a lock, so concurrent first callers, threads
  or tasks, start it once) and shared by every later client.
* The app, its lifespan (services) and every request run on ONE event loop,
  owned by a daemon thread (``anyio.run`` hosting an
  ``anyio.from_thread.BlockingPortal``). ASGI apps, aiosqlite engines and
  Prefect's services are tied to the loop that started them, so no client runs
  the app on its own loop: a sync client waits on a future started on the
  portal; an async client on any loop awaits it.
* Database (see :mod:`._ephemeral_db`): by default the one Prefect itself would
  use for the same settings (``PREFECT_SERVER_DATABASE_CONNECTION_URL`` or
  ``PREFECT_API_DATABASE_CONNECTION_URL``, else SQLite ``PREFECT_HOME/prefect.db``),
  so data outlives the process and ``prefect server start`` sees it. For a
  SQLite file, under a cross-process file lock: a missing file gets a copy of
  the migrated template (or is migrated, then saved as the template); a file at
  this Prefect's head revision is used as it is (no migration check); an older
  one is backed up, then upgraded with Prefect's migrations; a newer or foreign
  one is refused with :class:`EphemeralServerUnavailable`, untouched. Any other
  database (PostgreSQL) is left to Prefect's own start-up (migrate on start).
  ``PREFECT_REST_EPHEMERAL_THROWAWAY=1`` gives a private copy in a temp dir,
  deleted at exit.
* On SQLite, writes go through one at a time: requests that may write (any method but
  GET/HEAD/OPTIONS, except the POST reads ``.../filter``, ``count``,
  ``paginate``, ``history``) wait on an ``anyio.Lock`` on the server loop and,
  for a shared SQLite file, on the file lock too, so writers in other processes
  take turns with ours. Prefect's SQLite transactions begin DEFERRED: two
  writers at once make one fail with "database is locked" (a 503 "Service
  Unavailable", rolled back); the few left (from Prefect's background services)
  are served again after 10 to 160 ms. Reads run concurrently. The wait for the
  gate is bounded by the request's pool timeout, the answer by its read timeout
  (``PREFECT_API_REQUEST_TIMEOUT``): ``httpx.PoolTimeout``/``ReadTimeout``.
  Other databases (PostgreSQL) take concurrent writes, as behind
  ``prefect server start``: no gate there (except inside :func:`isolated`,
  which serves from a SQLite copy).
* Settings: ``os.environ`` is not changed (only ``DO_NOT_TRACK=1`` while
  ``prefect`` is first imported). The server's settings are the process's
  Prefect settings with our overrides (analytics, UI, block registration on
  start off, API base path ``/api``; home and database only when throwaway),
  applied with a ``SettingsContext`` in the lifespan task and around each request.
* Fork: ``os.register_at_fork`` clears the module state in a forked child, so a
  child that never uses the client does nothing at exit, and one that does starts
  its own server. Only the process that created a server (its pid) stops it or
  removes its files.
* Isolation (:func:`isolated`, behind ``prefect_rest.testing.isolated_server``):
  the running app is pointed at a fresh copy of the template for the duration
  (the database config's URL is swapped with the write gate held); the copy is
  deleted afterwards and the previous database comes back.
* Shutdown: :func:`shutdown` runs at interpreter exit from a threading exit hook
  (before ``concurrent.futures`` stops its executors); it stops the loop within
  ``timeout`` seconds; the thread is a daemon, so exit never hangs.

Importing this module does not import ``prefect`` (nor ``anyio``).
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import gc
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from . import _ephemeral_db as dbfiles
from ._ephemeral_db import cache_dir
from .exceptions import EphemeralServerUnavailable

if TYPE_CHECKING:
    import asyncio

    import anyio
    from anyio.from_thread import BlockingPortal

__all__ = [
    "EPHEMERAL_BASE_URL",
    "IsolatedDatabase",
    "async_transport",
    "cache_dir",
    "isolated",
    "shutdown",
    "sync_transport",
]

EPHEMERAL_BASE_URL = "http://ephemeral-prefect/api"
#: Set to 1/true/yes/on for a private database deleted at exit.
THROWAWAY_VARIABLE = "PREFECT_REST_EPHEMERAL_THROWAWAY"

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


def throwaway_requested() -> bool:
    """Whether ``PREFECT_REST_EPHEMERAL_THROWAWAY`` asks for a private, deleted database."""
    value = os.environ.get(THROWAWAY_VARIABLE, "").strip().lower()
    return value in ("1", "true", "yes", "on")


def template_path() -> Path:
    """Return the template database path for the installed Prefect version."""
    try:
        return dbfiles.template_path(dbfiles.prefect_version())
    except Exception as exc:  # PackageNotFoundError
        raise EphemeralServerUnavailable(_INSTALL_HINT) from exc


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


@contextlib.contextmanager
def _long_lived_import() -> Iterator[None]:
    """Run an import with the cyclic garbage collector paused, then freeze what it made.

    Importing the Prefect server leaves about 400,000 objects that live as long as
    the process (modules, classes, pydantic schemas), with under 2% garbage among
    them. Collected as it goes, the import spends about 0.5 s in the collector,
    which scans those objects again at every older-generation pass; later requests
    keep paying for them. ``gc.freeze()`` moves them to the permanent generation,
    which collections skip (``gc.unfreeze()`` undoes it). Process-wide: the
    collector's enabled state is restored afterwards; nothing is frozen on error.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if enabled:
            gc.enable()


def _import_server() -> None:
    """Import the Prefect server, or raise :class:`EphemeralServerUnavailable`."""
    try:
        with _quiet_first_import(), _long_lived_import():
            import anyio  # noqa: F401
            import asgi_lifespan  # noqa: F401
            import prefect.server.api.server  # noqa: F401
    except ImportError as exc:
        raise EphemeralServerUnavailable(f"{_INSTALL_HINT} ({exc})") from exc
    except Exception as exc:  # e.g. an incompatible fastapi breaks prefect's import
        raise EphemeralServerUnavailable(
            f"{_INSTALL_HINT} (importing prefect failed: {type(exc).__name__}: {exc})"
        ) from exc


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite connection URL (None for other databases or ``:memory:``)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    name = parsed.database or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name).expanduser().absolute()


def _secret(value: Any) -> str:
    return str(value.get_secret_value() if hasattr(value, "get_secret_value") else value)


@dataclass
class _Serving:
    """What :func:`isolated` switches away from and back to."""

    url: str
    file_lock: dbfiles.FileLock | None
    gate_writes: bool


@dataclass
class IsolatedDatabase:
    """A fresh database the in-process server uses inside :func:`isolated`."""

    path: Path
    url: str


class _Server:
    """The Prefect app running on its own event loop in a daemon thread."""

    def __init__(self, throwaway: bool) -> None:
        self.owner_pid = os.getpid()
        self.throwaway = throwaway
        self.workdir: Path | None = None
        self.home: Path | None = None
        self.database: Path | None = None  # the SQLite file, if any
        self.url = ""
        if throwaway:
            self.workdir = Path(tempfile.mkdtemp(prefix="prefect-rest-ephemeral-"))
            self.home = self.workdir / "home"
            self.database = self.workdir / "prefect.db"
        self.template = template_path()
        self.from_template = False
        self.migrated_from: str | None = None
        self.template_saved = False
        self.startup_seconds = 0.0
        self.app: Any = None
        self._stopping = False
        self._scratch: Path | None = None
        self._file_lock: dbfiles.FileLock | None = None
        self._transport: httpx.ASGITransport | None = None
        self._portal: BlockingPortal | None = None
        self._stop: anyio.Event | None = None
        self._write_gate: anyio.Lock | None = None
        #: Whether writes take turns: on SQLite (see the module docstring).
        self._gate_writes = True
        self._loop: asyncio.AbstractEventLoop | None = None
        self._settings_context: Any = None
        self._isolation = threading.Lock()
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
            if isinstance(exc, EphemeralServerUnavailable):
                raise
            if isinstance(exc, TimeoutError):
                message = f"did not start within {_STARTUP_TIMEOUT:.0f} s"
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
                "the in-process Prefect server did not stop within %.1f s; leaving its files",
                timeout,
            )
            return
        if self._file_lock is not None:
            self._file_lock.close()
        for directory in (self._scratch, self.workdir):
            if directory is not None:
                shutil.rmtree(directory, ignore_errors=True)

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

    def _database_url(self, base: Any) -> str:
        """The database URL the server uses: ours when throwaway, else Prefect's setting."""
        if self.throwaway:
            return f"sqlite+aiosqlite:///{self.database}"
        return _secret(base.settings.server.database.connection_url)

    def _settings(self, base: Any) -> Any:
        """The process's Prefect settings with the server's overrides (one copy: ~40 ms)."""
        from prefect.context import SettingsContext

        overrides: dict[str, Any] = {
            "server.analytics_enabled": False,
            "server.ui.enabled": False,
            "server.api.base_path": "/api",
        }
        if self.throwaway:
            overrides["home"] = str(self.home)
            overrides["server.database.connection_url"] = self.url
        if self.database is not None:
            # SQLite: migrated and blocks registered by _prepare_database before the app
            # starts (create_db and block registration do not read these): skip Prefect's
            # checks. Other databases are left to Prefect's start-up.
            overrides["server.database.migrate_on_start"] = False
            overrides["server.register_blocks_on_start"] = False
            overrides["server.memoize_block_auto_registration"] = False  # no hashing at start
        settings = base.settings.copy_with_update(updates=overrides)
        return SettingsContext(profile=base.profile, settings=settings)

    async def _main(self) -> None:
        import asyncio

        import anyio
        from anyio.from_thread import BlockingPortal
        from asgi_lifespan import LifespanManager
        from prefect.context import get_settings_context
        from prefect.server.api.server import create_app

        if self.home is not None:
            self.home.mkdir()
        base = get_settings_context()
        self.url = self._database_url(base)
        if not self.throwaway:
            self.database = _sqlite_file(self.url)
        self._settings_context = self._settings(base)
        self._gate_writes = self.database is not None
        with self._settings_context.model_copy():
            _point_prefect_at(self.url)
            await self._prepare_database()
        self._stop = anyio.Event()
        self._write_gate = anyio.Lock()
        self._loop = asyncio.get_running_loop()
        with self._settings_context.model_copy():
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
                # ``finally`` when cancelled mid-run: stop waiting, anyio.run
                # cancels what is left (every write was committed or rolled back).
                logger.debug("the Prefect server's lifespan shutdown timed out")

    # -- the database (server loop) ---------------------------------------------

    async def _prepare_database(self) -> None:
        """Make the SQLite database ready (copy, keep, upgrade or build), under the file lock."""
        import anyio.to_thread

        database = self.database
        if database is None:  # PostgreSQL or in-memory: Prefect's start-up migrates
            return
        head, known = await anyio.to_thread.run_sync(dbfiles.known_revisions)
        self._file_lock = lock = dbfiles.FileLock(database)
        await anyio.to_thread.run_sync(lock.acquire)
        try:
            plan = await anyio.to_thread.run_sync(self._plan, database, head, known)
            if plan == "copy":
                await anyio.to_thread.run_sync(dbfiles.install_copy, self.template, database)
                self.from_template = True
            elif plan == "upgrade":
                backup = database.with_name(f"{database.name}.before-{self.migrated_from}")
                await anyio.to_thread.run_sync(dbfiles.save_copy, database, backup)
                logger.info("upgrading %s (backup: %s)", database, backup)
                await _migrate_and_register_blocks()
            elif plan == "build":
                await _migrate_and_register_blocks()
                await self._save_template(database)
        finally:
            lock.release()
        if self.throwaway:  # a private file: no other process to take turns with
            lock.close()
            self._file_lock = None

    def _plan(self, database: Path, head: str, known: frozenset[str]) -> str:
        """Decide what ``database`` needs: "copy", "build", "ready" or "upgrade"."""
        if not database.exists() or database.stat().st_size == 0:
            return "copy" if dbfiles.template_is_good(self.template, head) else "build"
        try:
            revision, tables = dbfiles.read_revision(database)
        except sqlite3.DatabaseError as exc:
            raise EphemeralServerUnavailable(
                f"The in-process Prefect server cannot use {database}: not a SQLite database "
                f"({exc}); it was left untouched. Move it away, or set PREFECT_HOME or "
                "PREFECT_SERVER_DATABASE_CONNECTION_URL to another database"
            ) from exc
        if revision == head:
            return "ready"
        if revision is None and tables == 0:
            return "build"
        if revision is None or revision not in known:
            what = "no alembic revision" if revision is None else f"revision {revision!r}"
            raise EphemeralServerUnavailable(
                f"The in-process Prefect server cannot use {database}: it has {what}, which "
                f"Prefect {dbfiles.prefect_version()} does not know (a newer Prefect's "
                "database, or not Prefect's); it was left untouched. Use the Prefect release "
                "that made it, or set PREFECT_HOME or PREFECT_SERVER_DATABASE_CONNECTION_URL "
                "to another database"
            )
        self.migrated_from = revision
        return "upgrade"

    async def _save_template(self, database: Path) -> None:
        import anyio.to_thread

        try:
            await anyio.to_thread.run_sync(dbfiles.save_copy, database, self.template)
        except (OSError, sqlite3.Error) as exc:
            logger.warning("could not save the template database %s: %s", self.template, exc)
        else:
            self.template_saved = True

    async def _good_template(self) -> Path:
        """Return the template, rebuilding it first (in a scratch file) if it is bad."""
        import anyio.to_thread

        head, _ = await anyio.to_thread.run_sync(dbfiles.known_revisions)
        if await anyio.to_thread.run_sync(dbfiles.template_is_good, self.template, head):
            return self.template
        scratch = self._scratch_dir() / "template-build.db"
        dbfiles.remove_database(scratch)
        url = f"sqlite+aiosqlite:///{scratch}"
        previous = _point_prefect_at(url)
        try:
            await _migrate_and_register_blocks()
        finally:
            _point_prefect_at(previous)
            await _dispose_engines(url)
        await self._save_template(scratch)
        dbfiles.remove_database(scratch)
        if not self.template_saved:
            raise EphemeralServerUnavailable(
                f"could not write the template database {self.template}"
            )
        return self.template

    def _scratch_dir(self) -> Path:
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="prefect-rest-isolated-"))
        return self._scratch

    async def _enter_isolation(self) -> tuple[IsolatedDatabase, _Serving]:
        """Point the app at a fresh copy of the template (write gate held while switching)."""
        import anyio.to_thread

        assert self._write_gate is not None
        async with self._write_gate:  # also while a missing template is being built
            template = await self._good_template()
            fd, name = tempfile.mkstemp(suffix=".db", dir=self._scratch_dir())
            os.close(fd)
            path = Path(name)
            await anyio.to_thread.run_sync(shutil.copyfile, template, path)
            isolated_db = IsolatedDatabase(path=path, url=f"sqlite+aiosqlite:///{path}")
            previous = _Serving(
                _point_prefect_at(isolated_db.url), self._file_lock, self._gate_writes
            )
            self._file_lock, self._gate_writes = None, True  # a SQLite file
        return isolated_db, previous

    async def _leave_isolation(self, isolated_db: IsolatedDatabase, previous: _Serving) -> None:
        assert self._write_gate is not None
        async with self._write_gate:
            _point_prefect_at(previous.url)
            self._file_lock, self._gate_writes = previous.file_lock, previous.gate_writes
        await _dispose_engines(isolated_db.url)
        dbfiles.remove_database(isolated_db.path)

    # -- serving (server loop) ----------------------------------------------------

    async def _take_write_turn(self, request: httpx.Request) -> None:
        """Wait for the write gate and the file lock within the request's pool timeout."""
        import anyio

        assert self._write_gate is not None
        timeout = (request.extensions.get("timeout") or {}).get("pool")
        try:
            with anyio.fail_after(timeout):
                await self._write_gate.acquire()
                try:
                    lock = self._file_lock
                    delay = 0.001
                    while lock is not None and not lock.try_acquire():
                        await anyio.sleep(delay)
                        delay = min(delay * 2, 0.01)
                except BaseException:
                    self._write_gate.release()
                    raise
        except TimeoutError:
            raise httpx.PoolTimeout(
                f"the in-process server's write gate stayed busy for {timeout} s "
                "(PREFECT_API_REQUEST_TIMEOUT)",
                request=request,
            ) from None

    def _end_write_turn(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        assert self._write_gate is not None
        self._write_gate.release()

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        """Serve one request on the server loop; return it with its body read."""
        import anyio

        transport = self._transport
        assert transport is not None
        writes = self._gate_writes and _writes(request)
        with self._settings_context.model_copy():
            if writes:
                await self._take_write_turn(request)
            try:
                pauses = iter(_BUSY_PAUSES)
                while True:
                    response = await transport.handle_async_request(request)
                    try:
                        body = b"".join([chunk async for chunk in response.aiter_raw()])
                    finally:
                        await response.aclose()
                    pause = next(pauses, None)
                    if pause is None or not _database_busy(response.status_code, body):
                        return httpx.Response(
                            status_code=response.status_code,
                            headers=response.headers,
                            stream=httpx.ByteStream(body),
                            extensions=response.extensions,
                        )
                    await anyio.sleep(pause)
            finally:
                if writes:
                    self._end_write_turn()

    # -- forwarding (any thread, any loop) --------------------------------------

    def _require_portal(self) -> BlockingPortal:
        portal = self._portal
        if portal is None or os.getpid() != self.owner_pid:
            raise EphemeralServerUnavailable("The in-process Prefect server was shut down")
        return portal

    def _start(self, request: httpx.Request) -> concurrent.futures.Future[httpx.Response]:
        portal = self._require_portal()
        try:
            return portal.start_task_soon(self._handle, request)
        except RuntimeError as exc:
            raise EphemeralServerUnavailable("The in-process Prefect server was shut down") from exc

    def send(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request`` from a thread that is not the server loop's."""
        future = self._start(request)
        limit = _answer_timeout(request)
        try:
            return future.result(timeout=limit)
        except concurrent.futures.TimeoutError:
            raise _read_timeout(request, limit) from None
        except concurrent.futures.CancelledError as exc:
            raise EphemeralServerUnavailable("The in-process Prefect server was shut down") from exc
        except BaseException:
            if not future.done():
                future.cancel()
            raise

    async def send_async(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request`` from a task on any event loop."""
        import asyncio

        future = self._start(request)
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

    # -- isolation (caller's thread) -------------------------------------------------

    @contextlib.contextmanager
    def isolated(self) -> Iterator[IsolatedDatabase]:
        """Serve from a fresh copy of the template database until the block exits."""
        portal = self._require_portal()
        with self._isolation:  # one switch at a time; nested blocks stack
            isolated_db, previous = portal.call(self._enter_isolation)
        try:
            yield isolated_db
        finally:
            with self._isolation:
                portal = self._require_portal()
                portal.call(self._leave_isolation, isolated_db, previous)


def _point_prefect_at(url: str) -> str:
    """Make Prefect's cached database config use ``url``; return the URL it had."""
    from prefect.server.database import dependencies

    config = dependencies.MODELS_DEPENDENCIES.get("database_config")
    if config is None:
        return url  # not made yet: it will be, from the settings in force
    previous = config.connection_url
    config.connection_url = url
    return previous


async def _dispose_engines(url: str) -> None:
    """Close Prefect's cached engines on ``url``."""
    from prefect.server.database import configurations

    for key in [key for key in configurations.ENGINES if key[1] == url]:
        engine = configurations.ENGINES.pop(key, None)
        if engine is not None:
            await engine.dispose()


async def _migrate_and_register_blocks() -> None:
    """Run Prefect's migrations and register its block types (the settings in force)."""
    from prefect.server.database import provide_database_interface
    from prefect.server.models.block_registration import run_block_auto_registration

    db = provide_database_interface()
    await db.create_db()
    session = await db.session()
    async with session:
        await run_block_auto_registration(session=session)


#: Pauses before serving a request again that met a busy database (then the 503 stands).
_BUSY_PAUSES = (0.01, 0.02, 0.04, 0.08, 0.16)
#: Prefect's body for a retryable database error ("database is locked"), rolled back.
_BUSY_BODY = b'{"exception_message":"Service Unavailable"}'


def _database_busy(status: int, body: bytes) -> bool:
    """Whether the app answered a request with Prefect's retryable-database-error 503."""
    return status == 503 and body == _BUSY_BODY


_ANSWER_MARGIN = 1.0
_READ_SUFFIXES = ("/filter", "/count", "/paginate", "/history")


def _writes(request: httpx.Request) -> bool:
    """Whether ``request`` may write to the database (reads that POST a filter do not)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return False
    return not request.url.path.rstrip("/").endswith(_READ_SUFFIXES)


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


def _get_server(*, throwaway: bool = False) -> _Server:
    """Return the process's server, starting it on first use (blocking).

    ``throwaway`` (or the environment variable) makes a server that starts here
    use a private database; a running server is returned as it is.
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
            _import_server()
            server = _Server(throwaway=throwaway or throwaway_requested())
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


@contextlib.contextmanager
def isolated() -> Iterator[IsolatedDatabase]:
    """Serve the whole process from a fresh, empty database until the block exits.

    Starts the in-process server with a throwaway database if none runs yet (so the
    user's own database is not opened); otherwise the running server switches to a
    fresh copy of the template and back. Every client of the process, in any thread,
    sees the isolated database meanwhile.
    """
    with _server_for_isolation().isolated() as isolated_db:
        yield isolated_db


def _server_for_isolation() -> _Server:
    return _get_server(throwaway=True)


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
    global _lock, _server, _shut_down, _start_count
    _lock = threading.Lock()
    _server = None
    _shut_down = False
    _start_count = 0


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
