"""The in-process server's database: made ready before the app starts, and the template.

For a SQLite file, holding the cross-process lock, :meth:`Database.prepare` decides:

* missing or empty: a copy of the migrated template (or, without a good template,
  built, then saved as the template);
* at this Prefect's head revision with its block types: used as it is;
* at the head revision without block types (a first start killed during block
  registration): the block types are registered;
* an older known revision: backed up, then upgraded;
* a newer or foreign database: refused with :class:`EphemeralServerUnavailable`,
  untouched.

A database is built or upgraded in a temp file next to it and renamed into place
only when migrated *and* registered, so "at head" means ready; an interrupted
start leaves the previous file. Other databases (PostgreSQL) are left to
Prefect's own start-up.

A template missing while the server runs is built in a separate Python process:
Prefect's services write through the process's one database configuration, and
must not write into the template being built.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from ..exceptions import EphemeralServerUnavailable
from . import files
from .filelock import FileLock
from .prefect_db import (
    dispose_engines,
    migrate_and_register_blocks,
    point_prefect_at,
    sqlite_url,
)

__all__ = ["Database"]

logger = logging.getLogger("prefect_rest.ephemeral")

#: Seconds a template build in a child process may take.
_BUILD_TIMEOUT = 600.0


class Database:
    """The database an in-process server serves by default, and where its template lives."""

    def __init__(self, url: str, path: Path | None, template: Path, shared: bool = True) -> None:
        self.url = url
        self.path = path  # the SQLite file, if any
        self.template = template
        #: Other processes may use a shared file: writes take turns through the lock.
        self.file_lock = FileLock(path) if path is not None and shared else None
        self.from_template = False
        self.migrated_from: str | None = None
        self.registered_blocks = False
        self.template_saved = False

    async def prepare(self) -> None:
        """Make the SQLite database ready (copy, keep, register, upgrade or build)."""
        import anyio.to_thread

        database, lock = self.path, self.file_lock
        if database is None:  # PostgreSQL or in-memory: Prefect's start-up migrates
            return
        head, known = await anyio.to_thread.run_sync(files.known_revisions)
        if lock is not None:
            await anyio.to_thread.run_sync(lock.acquire)
        try:
            plan = await anyio.to_thread.run_sync(self._plan, database, head, known)
            if plan == "copy":
                await anyio.to_thread.run_sync(files.install_copy, self.template, database)
                self.from_template = True
            elif plan == "register":
                logger.info("registering Prefect's block types in %s", database)
                await _migrated_at(database)
                self.registered_blocks = True
            elif plan == "upgrade":
                backup = database.with_name(f"{database.name}.before-{self.migrated_from}")
                await anyio.to_thread.run_sync(files.save_copy, database, backup)
                logger.info("upgrading %s (backup: %s)", database, backup)
                await self._aside(database, start_from=database)
            elif plan == "build":
                await self._aside(database, start_from=None)
        finally:
            if lock is not None:
                lock.release()

    async def _aside(self, database: Path, start_from: Path | None) -> None:
        """Build (or upgrade a copy of ``start_from``) next to ``database``, then rename it in."""
        import anyio.to_thread

        target = files.real_target(database)
        target.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".prefect-rest-build-", dir=target.parent))
        built = work / "prefect.db"
        try:
            if start_from is not None:
                await anyio.to_thread.run_sync(files.save_copy, start_from, built)
            await _migrated_at(built)
            standalone = work / "standalone.db"
            await anyio.to_thread.run_sync(files.save_copy, built, standalone)
            if start_from is None:
                await self._save_template(standalone)
            await anyio.to_thread.run_sync(files.install_file, standalone, database)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _plan(self, database: Path, head: str, known: frozenset[str]) -> str:
        """Decide what ``database`` needs: copy, build, ready, register or upgrade."""
        if not database.exists() or database.stat().st_size == 0:
            return "copy" if files.template_is_good(self.template, head) else "build"
        try:
            revision, tables = files.read_revision(database)
            blocks = files.block_type_count(database) if revision == head else 0
        except sqlite3.DatabaseError as exc:
            raise EphemeralServerUnavailable(
                f"The in-process Prefect server cannot use {database}: not a SQLite database "
                f"({exc}); it was left untouched. Move it away, or set PREFECT_HOME or "
                "PREFECT_SERVER_DATABASE_CONNECTION_URL to another database"
            ) from exc
        if revision == head:
            return "ready" if blocks > 0 else "register"
        if revision is None and tables == 0:
            return "build"
        if revision is None or revision not in known:
            what = "no alembic revision" if revision is None else f"revision {revision!r}"
            raise EphemeralServerUnavailable(
                f"The in-process Prefect server cannot use {database}: it has {what}, which "
                f"Prefect {files.prefect_version()} does not know (a newer Prefect's "
                "database, or not Prefect's); it was left untouched. Use the Prefect release "
                "that made it, or set PREFECT_HOME or PREFECT_SERVER_DATABASE_CONNECTION_URL "
                "to another database"
            )
        self.migrated_from = revision
        return "upgrade"

    async def _save_template(self, database: Path) -> None:
        import anyio.to_thread

        try:
            await anyio.to_thread.run_sync(files.save_copy, database, self.template)
        except (OSError, sqlite3.Error) as exc:
            logger.warning("could not save the template database %s: %s", self.template, exc)
        else:
            self.template_saved = True

    async def good_template(self, services_running: bool = True) -> Path:
        """Return the template, first building it if it is not good.

        With Prefect's services running, in a child process (they would write into
        it); before the app starts, here (no second import of Prefect).
        """
        import anyio.to_thread

        head, _ = await anyio.to_thread.run_sync(files.known_revisions)
        if await anyio.to_thread.run_sync(files.template_is_good, self.template, head):
            return self.template
        if services_running:
            await anyio.to_thread.run_sync(build_template_in_child, self.template)
        else:
            with tempfile.TemporaryDirectory(prefix="prefect-rest-template-") as work:
                built = Path(work) / "template.db"
                await _migrated_at(built)
                await anyio.to_thread.run_sync(files.save_copy, built, self.template)
        if not await anyio.to_thread.run_sync(files.template_is_good, self.template, head):
            raise EphemeralServerUnavailable(
                f"could not write the template database {self.template}"
            )
        self.template_saved = True
        return self.template


async def _migrated_at(built: Path) -> None:
    """Migrate and register the SQLite file ``built`` (Prefect pointed at it meanwhile)."""
    url = sqlite_url(built)
    previous = point_prefect_at(url)
    try:
        await migrate_and_register_blocks()
    finally:
        point_prefect_at(previous)
        await dispose_engines(url)


def build_template_in_child(template: Path) -> None:
    """Build ``template`` in a new Python process (no service of ours can write into it)."""
    with tempfile.TemporaryDirectory(prefix="prefect-rest-template-") as work:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
            "PREFECT_HOME": str(Path(work) / "home"),
            "PREFECT_REST_CACHE_DIR": str(template.parent),
            "DO_NOT_TRACK": "1",
        }
        for name in (
            "PREFECT_SERVER_DATABASE_CONNECTION_URL",
            "PREFECT_API_DATABASE_CONNECTION_URL",
        ):
            env.pop(name, None)
        done = subprocess.run(
            [sys.executable, "-m", "prefect_rest.inprocess.build_template", str(template)],
            env=env,
            capture_output=True,
            text=True,
            timeout=_BUILD_TIMEOUT,
            check=False,
        )
        if done.returncode != 0:
            tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
            raise EphemeralServerUnavailable(
                f"could not build the template database {template}: {tail[0]}"
            )
