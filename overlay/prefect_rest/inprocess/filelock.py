"""The cross-process lock file next to a SQLite database the in-process server shares.

POSIX ``lockf``: held per process, not inherited by a forked child, released by the
kernel when the holder dies, even by SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no cross-process lock
    fcntl = None  # type: ignore[assignment]


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
