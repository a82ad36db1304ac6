"""Pytest fixtures for a clean Prefect per test (registered as the ``prefect_rest`` plugin).

* ``prefect_isolated_server``: the test runs inside :func:`~prefect_rest.testing.isolated_server`
  (yields its :class:`~prefect_rest.testing.IsolatedDatabase`): Prefect's engine,
  Prefect's clients and prefect_rest's clients all meet a fresh, empty server;
* ``prefect_client``: an async :class:`~prefect_rest.PrefectClient` on it (for async
  tests under ``@pytest.mark.anyio``, or pytest-asyncio in strict or auto mode);
* ``sync_prefect_client``: a :class:`~prefect_rest.SyncPrefectClient` on it;
* ``prefect_session_harness``: one isolated server for the whole session (what
  Prefect's docs do with ``prefect_test_harness`` in an autouse session fixture); use
  it from your conftest: ``@pytest.fixture(autouse=True, scope="session")``
  ``def harness(prefect_session_harness): yield``. Per-test fixtures nest inside it.

Nothing is autouse: a suite that uses none of the fixtures is not changed. Under
pytest-xdist each worker is a process with its own server. Importing this module
imports neither ``prefect`` nor the server: the fixtures start it when a test asks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from prefect_rest import PrefectClient, SyncPrefectClient
    from prefect_rest.testing import IsolatedDatabase


def _async_fixture() -> Callable[..., Any]:
    """``pytest_asyncio.fixture`` when pytest-asyncio is installed (its strict mode runs
    only async fixtures declared with it), else ``pytest.fixture`` (anyio's plugin runs
    async fixtures of ``@pytest.mark.anyio`` tests either way)."""
    try:
        import pytest_asyncio
    except ImportError:
        return pytest.fixture
    return pytest_asyncio.fixture  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def prefect_session_harness() -> Iterator[IsolatedDatabase]:
    """A fresh, empty in-process Prefect server for the whole session."""
    from prefect_rest.testing import isolated_server

    with isolated_server() as database:
        yield database


@pytest.fixture
def prefect_isolated_server() -> Iterator[IsolatedDatabase]:
    """A fresh, empty in-process Prefect server for this test."""
    from prefect_rest.testing import isolated_server

    with isolated_server() as database:
        yield database


@_async_fixture()
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
