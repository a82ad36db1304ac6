"""Isolated blocks: the running app served from fresh copies of the template database.

Prefect caches one database configuration per process, so one database is served
at a time, to every client of the process. The semantics of several blocks:

* each block gets its own fresh copy, and the process is served from the copy of
  the **newest block still open**; nested blocks therefore stack;
* leaving a block deletes its copy; if it was the newest, the newest block still
  open is served again, or, with none open, the default database;
* overlapping blocks in threads (A enters, B enters, A leaves) follow the same
  rule: B keeps its copy after A leaves, and nothing is served from the user's
  database or a deleted copy while any block is open.

Before each switch the write gate is held and Prefect's services are let settle
(the in-memory message queues empty, the event persister flushed), so events
made inside a block are written to that block's copy, not the next database.

A server started by a block never opens the user's database until a request
comes outside every block; meanwhile (no block open) an *idle* private copy is
served, so Prefect's services always write into a file that exists.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import files
from .prefect_db import dispose_engines, point_prefect_at, sqlite_url

if TYPE_CHECKING:
    from .app import Server

__all__ = ["IsolatedDatabase", "Isolation", "settle_services"]

#: Longest wait for Prefect's services to settle before a switch, in seconds.
_SETTLE_LIMIT = 5.0


@dataclass
class IsolatedDatabase:
    """A fresh database the in-process server uses inside an isolated block."""

    path: Path
    url: str


async def settle_services(flush_interval: float) -> None:
    """Wait until Prefect's in-memory message queues are empty and the events flushed.

    ``flush_interval`` 0: only until the queues are empty. Bounded by a few
    seconds (a consumer that keeps failing retries for ever).
    """
    import anyio

    try:
        from prefect.server.utilities.messaging import memory
    except ImportError:  # pragma: no cover - another broker: nothing in memory to wait for
        return

    def busy() -> bool:
        return any(
            subscription._queue.qsize() or subscription._retry.qsize()
            for topic in list(memory.Topic._topics.values())
            for subscription in list(topic._subscriptions)
        )

    deadline = anyio.current_time() + _SETTLE_LIMIT
    quiet = 0
    while quiet < (2 if flush_interval else 1) and anyio.current_time() < deadline:
        if busy():
            quiet = 0
            await anyio.sleep(0.005)
        else:
            quiet += 1
            await anyio.sleep(flush_interval)


class Isolation:
    """The stack of isolated databases of one server (see the module docstring)."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.open: list[IsolatedDatabase] = []
        self._idle: IsolatedDatabase | None = None
        self._scratch: Path | None = None

    def _scratch_dir(self) -> Path:
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="isolated-", dir=self.server.workdir))
        return self._scratch

    async def _fresh_copy(self) -> IsolatedDatabase:
        import anyio.to_thread

        assert self.server.default is not None
        template = await self.server.default.good_template(self.server.app is not None)
        fd, name = tempfile.mkstemp(suffix=".db", dir=self._scratch_dir())
        os.close(fd)
        path = Path(name)
        await anyio.to_thread.run_sync(shutil.copyfile, template, path)
        return IsolatedDatabase(path=path, url=sqlite_url(path))

    async def prepare_idle(self) -> str:
        """Make the idle copy served while no block is open; return its URL."""
        if self._idle is None:
            self._idle = await self._fresh_copy()
        return self._idle.url

    def idle_url(self) -> str:
        """The idle copy's URL (made by :meth:`prepare_idle` at start)."""
        assert self._idle is not None
        return self._idle.url

    async def enter(self) -> IsolatedDatabase:
        """Serve the process from a new fresh copy (the write gate held while switching)."""
        gate = self.server.gate
        assert gate is not None
        database = await self._fresh_copy()
        async with gate.lock:
            await settle_services(0)  # what is queued belongs to the database served now
            self.open.append(database)
            point_prefect_at(database.url)
            gate.file_lock, gate.enabled = None, True  # a private SQLite file
        return database

    async def leave(self, database: IsolatedDatabase) -> None:
        """Delete ``database``'s copy; serve the newest open block's, or the default."""
        from .app import EVENT_FLUSH_INTERVAL

        gate = self.server.gate
        assert gate is not None
        async with gate.lock:
            newest = bool(self.open) and self.open[-1] is database
            if newest:
                await settle_services(EVENT_FLUSH_INTERVAL)
            self.open = [block for block in self.open if block is not database]
            if newest:
                if self.open:
                    point_prefect_at(self.open[-1].url)
                else:
                    self.server.serve_default()
        await dispose_engines(database.url)
        files.remove_database(database.path)
