"""Shared fixtures: clients on the in-process Prefect server (no mocks).

``client`` is an async ``PrefectClient`` and ``sync_client`` a ``SyncPrefectClient``,
both on the in-process server (or on ``PREFECT_REST_TEST_API_URL`` when set).
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

from prefect_rest import PrefectClient, SyncPrefectClient  # noqa: E402
from prefect_rest.settings import Settings  # noqa: E402
from servers import prefect_server, prefect_server_from_venv  # noqa: E402

#: SQLite under a loaded test machine answers 503 now and then; the client
#: retries it (as in production), quickly.
TEST_SETTINGS = Settings(max_retries=4, retry_base_delay=0.05)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _api() -> str | None:
    return os.environ.get("PREFECT_REST_TEST_API_URL") or None


@pytest.fixture
async def client() -> AsyncIterator[PrefectClient]:
    """An async client on the test server."""
    async with PrefectClient(_api(), settings=TEST_SETTINGS) as c:
        yield c


@pytest.fixture
def sync_client() -> Iterator[SyncPrefectClient]:
    """A sync client on the same server."""
    with SyncPrefectClient(_api(), settings=TEST_SETTINGS) as c:
        yield c


@pytest.fixture
def unique() -> str:
    """A name no other test uses (the in-process database is shared by the session)."""
    return f"t-{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="session")
def live_server_url() -> Iterator[str]:
    """``prefect server start`` (SQLite) on a free loopback port, for the session.

    With ``PREFECT_REST_LIVE_SERVER_VENV`` set, the server of the Prefect release
    installed in that virtualenv (version-skew runs in .ci/run)."""
    venv = os.environ.get("PREFECT_REST_LIVE_SERVER_VENV")
    with prefect_server_from_venv(venv) if venv else prefect_server({}) as url:
        yield url
