"""Test helpers: a fresh, empty Prefect server per block, for every client of the process.

``isolated_server()`` serves the process from a fresh copy of a migrated, empty
database for the duration of a ``with`` block, and points every client at it:
prefect_rest's clients, Prefect's own engine and clients (flows, tasks, logs,
events) and anything reading ``PREFECT_API_URL``::

    from prefect_rest.testing import isolated_server

    with isolated_server():
        my_flow()                      # Prefect's engine runs it against the fresh server
        async with get_client() as client:
            ...                        # prefect_rest sees the same server

``prefect_test_harness()`` is the same with Prefect's signature, a drop-in for
``prefect.testing.utilities.prefect_test_harness``.

The pytest plugin (:mod:`prefect_rest.testing.pytest_plugin`, registered through the
``pytest11`` entry point) gives the fixtures ``prefect_isolated_server``,
``prefect_client`` (async), ``sync_prefect_client`` and the session-scoped
``prefect_session_harness``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ..inprocess import IsolatedDatabase, isolated

__all__ = ["IsolatedDatabase", "isolated_server", "prefect_test_harness"]


@contextlib.contextmanager
def isolated_server(startup_timeout: float | None = None) -> Iterator[IsolatedDatabase]:
    """Serve every client of this process from a fresh, empty Prefect server for the block.

    The first use in a process starts the in-process server (a few seconds; your own
    ``PREFECT_HOME`` database is not opened for it); each later entry swaps in a new
    copy of the migrated template database (a few ms). For the block,
    ``PREFECT_API_URL`` names the server's loopback port (``PREFECT_API_KEY`` and
    ``PREFECT_API_AUTH_STRING`` are removed), in ``os.environ`` and in Prefect's
    settings, so no client reaches a server named by the environment or a profile.
    On exit, Prefect's pending logs and events are sent, the server's services
    settle, the copy is deleted and the environment is restored exactly. Blocks
    nest and may overlap across threads: the newest open block's database is
    served. Yields the :class:`IsolatedDatabase` (its SQLite ``path`` and ``url``).
    """
    with isolated(startup_timeout) as database:
        yield database


@contextlib.contextmanager
def prefect_test_harness(server_startup_timeout: int | None = 30) -> Iterator[None]:
    """Prefect's ``prefect_test_harness`` on the in-process server: a drop-in.

    Inside the block, Prefect's engine and clients and prefect_rest's clients all
    talk to one fresh, empty server (see :func:`isolated_server`).
    ``server_startup_timeout`` bounds the first start in the process, in seconds
    (None: Prefect's ``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS``).
    """
    timeout: float | None = server_startup_timeout
    if timeout is None:
        timeout = _prefect_startup_timeout()
    with isolated(timeout):
        yield


def _prefect_startup_timeout() -> float | None:
    try:
        from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS
    except ImportError:
        return None
    return float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
