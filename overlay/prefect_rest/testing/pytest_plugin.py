"""Pytest fixtures for a clean Prefect per test (registered as the ``prefect_rest`` plugin).

* ``prefect_isolated_server``: the test runs inside :func:`~prefect_rest.testing.isolated_server`
  (yields its :class:`~prefect_rest.testing.IsolatedDatabase`);
* ``prefect_client``: an async :class:`~prefect_rest.PrefectClient` on it (for async tests,
  e.g. with ``@pytest.mark.anyio`` or pytest-asyncio);
* ``sync_prefect_client``: a :class:`~prefect_rest.SyncPrefectClient` on it.

Importing this module imports neither ``prefect`` nor the server: the fixtures start it
when a test asks for one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from prefect_rest import PrefectClient, SyncPrefectClient
    from prefect_rest.testing import IsolatedDatabase


@pytest.fixture
def prefect_isolated_server() -> Iterator[IsolatedDatabase]:
    """A fresh, empty in-process Prefect server for this test."""
    from prefect_rest.testing import isolated_server

    with isolated_server() as database:
        yield database


@pytest.fixture
async def prefect_client(
    prefect_isolated_server: IsolatedDatabase,
) -> AsyncIterator[PrefectClient]:
    """An async client on this test's isolated server."""
    from prefect_rest import PrefectClient

    async with PrefectClient() as client:
        yield client


@pytest.fixture
def sync_prefect_client(
    prefect_isolated_server: IsolatedDatabase,
) -> Iterator[SyncPrefectClient]:
    """A sync client on this test's isolated server."""
    from prefect_rest import SyncPrefectClient

    with SyncPrefectClient() as client:
        yield client
