"""The write gate: on SQLite, requests that may write take turns.

Prefect's SQLite transactions begin DEFERRED: two writers at once make one fail
with "database is locked" (a 503 "Service Unavailable", rolled back). So requests
that may write (any method but GET/HEAD/OPTIONS, except the POST reads
``.../filter``, ``count``, ``paginate``, ``history``) wait on an ``anyio.Lock`` on
the server loop and, for a SQLite file other processes share, on the file lock
too. Reads run concurrently. The few collisions left (Prefect's background
services do not pass the gate) are served again after 10 to 160 ms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .filelock import FileLock

if TYPE_CHECKING:
    import anyio

__all__ = ["BUSY_BODY", "BUSY_PAUSES", "WriteGate", "database_busy", "writes"]

#: Pauses before serving a request again that met a busy database (then the 503 stands).
BUSY_PAUSES = (0.01, 0.02, 0.04, 0.08, 0.16)
#: Prefect's body for a retryable database error ("database is locked"), rolled back.
BUSY_BODY = b'{"exception_message":"Service Unavailable"}'

_READ_SUFFIXES = ("/filter", "/count", "/paginate", "/history")


def database_busy(status: int, body: bytes) -> bool:
    """Whether the app answered a request with Prefect's retryable-database-error 503."""
    return status == 503 and body == BUSY_BODY


def writes(method: str, path: str) -> bool:
    """Whether a request may write to the database (reads that POST a filter do not)."""
    if method in ("GET", "HEAD", "OPTIONS"):
        return False
    return not path.rstrip("/").endswith(_READ_SUFFIXES)


class WriteGate:
    """One writer at a time on the server loop (and across processes, by the file lock).

    ``enabled`` is False on databases that take concurrent writers (PostgreSQL);
    ``file_lock`` is None for a file only this process uses.
    """

    def __init__(self, file_lock: FileLock | None, enabled: bool) -> None:
        import anyio

        self.lock: anyio.Lock = anyio.Lock()
        self.file_lock = file_lock
        self.enabled = enabled

    async def take_turn(self, timeout: float | None) -> None:
        """Wait for the gate and the file lock; ``TimeoutError`` after ``timeout`` seconds."""
        import anyio

        with anyio.fail_after(timeout):
            await self.lock.acquire()
            try:
                lock = self.file_lock
                delay = 0.001
                while lock is not None and not lock.try_acquire():
                    await anyio.sleep(delay)
                    delay = min(delay * 2, 0.01)
            except BaseException:
                self.lock.release()
                raise

    def end_turn(self) -> None:
        """Let the next writer in."""
        if self.file_lock is not None:
            self.file_lock.release()
        self.lock.release()
