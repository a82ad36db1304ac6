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

from prefect_rest import PrefectClient, SyncPrefectClient  # noqa: E402
from prefect_rest.settings import Settings  # noqa: E402


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _api() -> str | None:
    return os.environ.get("PREFECT_REST_TEST_API_URL") or None


@pytest.fixture
async def client() -> AsyncIterator[PrefectClient]:
    """An async client on the test server."""
    async with PrefectClient(_api(), settings=Settings(max_retries=0)) as c:
        yield c


@pytest.fixture
def sync_client() -> Iterator[SyncPrefectClient]:
    """A sync client on the same server."""
    with SyncPrefectClient(_api(), settings=Settings(max_retries=0)) as c:
        yield c


@pytest.fixture
def unique() -> str:
    """A name no other test uses (the in-process database is shared by the session)."""
    return f"t-{uuid.uuid4().hex[:10]}"
