"""The in-process server's SQLite files: the template, the database's revision, the file lock.

Pure ``sqlite3``/``os`` helpers (no ``prefect`` import) used by :mod:`._ephemeral`:

* the migrated *template* (one per Prefect release, in the cache dir), checked
  before every use (``PRAGMA quick_check``, the alembic revision, the built-in
  block types) and written atomically (temp file, then rename);
* the alembic revisions this Prefect release knows (read from its migration
  scripts), to tell an up-to-date database from an older one (migrate) or a
  newer one (refuse);
* a cross-process lock file next to a SQLite database (POSIX ``lockf``: held per
  process, not inherited by a forked child, released by the kernel when the
  holder dies, even by SIGKILL).
"""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata
import importlib.util
import os
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no cross-process lock
    fcntl = None  # type: ignore[assignment]

_REVISION = re.compile(r'^revision\s*(?::\s*str\s*)?=\s*["\']([0-9a-zA-Z_]+)["\']', re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)


class DatabaseRefused(Exception):
    """The database exists but cannot be used by this Prefect release (left untouched)."""


def cache_dir() -> Path:
    """Return the directory that holds the migrated template databases."""
    if configured := os.environ.get("PREFECT_REST_CACHE_DIR"):
        return Path(configured).expanduser()
    if xdg := os.environ.get("XDG_CACHE_HOME"):
        return Path(xdg).expanduser() / "prefect-rest"
    return Path.home() / ".cache" / "prefect-rest"


def template_path(prefect_version: str) -> Path:
    """Return the template database path for ``prefect_version``."""
    return cache_dir() / f"template-{prefect_version}.db"


def prefect_version() -> str:
    """The installed Prefect's version (raises ``PackageNotFoundError``)."""
    return importlib.metadata.version("prefect")


@functools.cache
def known_revisions() -> tuple[str, frozenset[str]]:
    """Return (head, every revision) of the installed Prefect's SQLite migrations."""
    spec = importlib.util.find_spec("prefect.server.database")
    if spec is None or not spec.submodule_search_locations:
        raise DatabaseRefused("Prefect's database package was not found")
    versions = Path(next(iter(spec.submodule_search_locations))) / "_migrations/versions/sqlite"
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        if found := _REVISION.search(text):
            revisions.add(found.group(1))
        if down := _DOWN.search(text):
            parents.update(re.findall(r"[\"']([0-9a-zA-Z_]+)[\"']", down.group(1)))
    heads = revisions - parents
    if len(heads) != 1:
        raise DatabaseRefused(f"Prefect's SQLite migrations have {len(heads)} heads")
    return heads.pop(), frozenset(revisions)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=60)


def read_revision(path: Path) -> tuple[str | None, int]:
    """Return (alembic revision or None, number of tables) of the SQLite file ``path``.

    Raises :class:`sqlite3.DatabaseError` when ``path`` is not a SQLite database.
    """
    connection = _connect_read_only(path)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, len(tables)
    finally:
        connection.close()


def template_is_good(path: Path, head: str) -> bool:
    """Whether ``path`` is a sound, fully migrated template (integrity, revision, blocks)."""
    try:
        if path.stat().st_size == 0:
            return False
        connection = _connect_read_only(path)
        try:
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                return False
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != head:
                return False
            blocks = connection.execute("SELECT count(*) FROM block_type").fetchone()
            return bool(blocks and blocks[0] > 0)
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False


def save_copy(database: Path, target: Path) -> None:
    """Copy the SQLite ``database`` to ``target`` atomically (backup API, temp file, rename).

    The copy is a standalone file (``journal_mode=DELETE``, no ``-wal`` sidecar).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        source = sqlite3.connect(database, timeout=60)
        try:
            copy = sqlite3.connect(tmp_name)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def install_copy(template: Path, database: Path) -> None:
    """Put a copy of ``template`` at ``database`` atomically (the caller holds the lock).

    Stale ``-wal``/``-shm`` files of a deleted database are removed first: SQLite
    would replay such a journal into the new file.
    """
    database.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{database}{suffix}")
    fd, tmp_name = tempfile.mkstemp(prefix=database.name + ".", suffix=".tmp", dir=database.parent)
    os.close(fd)
    try:
        shutil.copyfile(template, tmp_name)
        os.replace(tmp_name, database)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def remove_database(database: Path) -> None:
    """Delete a SQLite file and its sidecars (missing files are fine)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{database}{suffix}")


class FileLock:
    """An exclusive cross-process lock on ``<database>.prefect-rest.lock``.

    POSIX record locks (``lockf``): owned by the process, so a forked child does
    not share its parent's lock, and the kernel drops it when the process dies.
    Within one process the caller serializes use (one holder at a time); the file
    is opened once and never closed while the process may hold the lock (closing
    any descriptor of the file would drop a POSIX lock). A no-op without ``fcntl``.
    """

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".prefect-rest.lock")
        self._fd: int | None = None
        self.held = False

    def _open(self) -> int:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        return self._fd

    def try_acquire(self) -> bool:
        """Take the lock if it is free; return whether this process holds it."""
        if fcntl is None:
            self.held = True
            return True
        try:
            fcntl.lockf(self._open(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        self.held = True
        return True

    def acquire(self) -> None:
        """Take the lock, waiting as long as it takes (blocking)."""
        if fcntl is not None:
            fcntl.lockf(self._open(), fcntl.LOCK_EX)
        self.held = True

    def release(self) -> None:
        """Release the lock if held."""
        if self.held and fcntl is not None and self._fd is not None:
            fcntl.lockf(self._fd, fcntl.LOCK_UN)
        self.held = False

    def close(self) -> None:
        """Release and close the lock file."""
        self.release()
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
