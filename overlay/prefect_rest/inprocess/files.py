"""The in-process server's SQLite files: the template and the database's revision.

Pure ``sqlite3``/``os`` helpers (no ``prefect`` import):

* the migrated *template* (one per Prefect release, in the cache dir), checked
  before every use (``PRAGMA quick_check``, the alembic revision, the built-in
  block types) and written atomically (temp file, then rename);
* the alembic revisions this Prefect release knows (read from its migration
  scripts), to tell an up-to-date database from an older one (migrate) or a
  newer one (refuse).
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
from collections.abc import Iterator
from pathlib import Path

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


def _umask() -> int:
    """The process's umask, read without changing it (Linux ``/proc``; else 022)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def database_mode() -> int:
    """The permission bits of a database file we write: SQLite's (0644 less the umask).

    SQLite, and so Prefect's own first start, creates its file with 0644 masked by
    the umask; a copy we put in place gets the same, whichever way it was made.
    """
    return 0o644 & ~_umask()


def real_target(database: Path) -> Path:
    """Where writing ``database`` lands: through symlinks, as SQLite writes.

    Replacing a symlinked path by rename would replace the link itself (and leave
    the link's target, e.g. a mounted volume, untouched); the file goes to the
    target instead, existing or not yet.
    """
    return Path(os.path.realpath(database))


@contextlib.contextmanager
def _atomic_file(target: Path) -> Iterator[str]:
    """A temp file next to ``target`` that becomes ``target`` (renamed) if the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield tmp_name
        os.chmod(tmp_name, database_mode())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def save_copy(database: Path, target: Path) -> None:
    """Copy the SQLite ``database`` to ``target`` atomically (backup API, temp file, rename).

    The copy is a standalone file (``journal_mode=DELETE``, no ``-wal`` sidecar).
    """
    with _atomic_file(real_target(target)) as tmp_name:
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


def install_copy(template: Path, database: Path) -> None:
    """Put a copy of ``template`` at ``database`` atomically (the caller holds the lock).

    Stale ``-wal``/``-shm`` files of a deleted database are removed first: SQLite
    would replay such a journal into the new file. A symlink at ``database`` is
    kept: the copy goes to its target.
    """
    remove_sidecars(database)
    with _atomic_file(real_target(database)) as tmp_name:
        shutil.copyfile(template, tmp_name)


def install_file(built: Path, database: Path) -> None:
    """Move the standalone SQLite file ``built`` to ``database`` (through a symlink)."""
    remove_sidecars(database)
    target = real_target(database)
    os.chmod(built, database_mode())
    try:
        os.replace(built, target)
    except OSError:  # another file system: copy next to the target, then rename
        install_copy(built, database)
        remove_database(built)


def remove_sidecars(database: Path) -> None:
    """Delete the ``-wal``/``-shm``/``-journal`` files of ``database`` (missing is fine)."""
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{database}{suffix}")


def block_type_count(path: Path) -> int:
    """How many block types the SQLite file ``path`` has (0 without the table)."""
    connection = _connect_read_only(path)
    try:
        row = connection.execute("SELECT count(*) FROM block_type").fetchone()
        return int(row[0]) if row else 0
    except sqlite3.OperationalError:  # no such table
        return 0
    finally:
        connection.close()


def remove_database(database: Path) -> None:
    """Delete a SQLite file and its sidecars (missing files are fine)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{database}{suffix}")
