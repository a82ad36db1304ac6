"""Test helpers for code that uses prefect_rest: a fresh, empty Prefect server per test.

``isolated_server()`` points the in-process Prefect server (what ``get_client()``
uses without ``PREFECT_API_URL``) at a fresh copy of a migrated, empty database for
the duration of a ``with`` block, then puts the previous database back::

    from prefect_rest import get_client
    from prefect_rest.testing import isolated_server

    with isolated_server():
        async with get_client() as client:
            ...  # an empty Prefect, just for this block

The pytest plugin (:mod:`prefect_rest.testing.pytest_plugin`, registered through the
``pytest11`` entry point) gives the fixtures ``prefect_isolated_server``,
``prefect_client`` (async) and ``sync_prefect_client``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .._ephemeral import IsolatedDatabase, isolated

__all__ = ["IsolatedDatabase", "isolated_server"]


@contextlib.contextmanager
def isolated_server() -> Iterator[IsolatedDatabase]:
    """Serve ``get_client()`` in this process from a fresh, empty in-process Prefect server.

    The first use in a process starts the in-process server (a few seconds, with a
    throwaway database: your own ``PREFECT_HOME`` database is not opened); each
    later entry swaps in a new copy of the migrated template database (about 10 ms).
    Every client in the process, in any thread, sees the isolated database until
    the block exits; then the copy is deleted. It only concerns clients without
    ``PREFECT_API_URL`` (a URL client talks to its server as usual). Yields the
    :class:`IsolatedDatabase` (its SQLite ``path`` and ``url``).
    """
    with isolated() as database:
        yield database
