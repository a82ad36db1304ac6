"""Shared fixtures: clients on the in-process Prefect server (no mocks).

``client`` is an async ``PrefectClient`` and ``sync_client`` a ``SyncPrefectClient``,
both on the in-process server (or on ``PREFECT_REST_TEST_API_URL`` when set).

The session gets its own ``PREFECT_HOME`` (a temp dir, removed at exit): the
in-process server keeps its data in ``PREFECT_HOME/prefect.db`` like Prefect, and
the tests must not write to the user's ``~/.prefect``. Set before ``prefect`` is
imported, so Prefect's settings see it too.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

_SESSION_HOME = tempfile.mkdtemp(prefix="prefect-rest-tests-home-")
os.environ["PREFECT_HOME"] = _SESSION_HOME
for _variable in ("PREFECT_SERVER_DATABASE_CONNECTION_URL", "PREFECT_API_DATABASE_CONNECTION_URL"):
    os.environ.pop(_variable, None)
# atexit runs after the in-process server's own exit hook has stopped it.
atexit.register(shutil.rmtree, _SESSION_HOME, True)

pytest_plugins = ("pytester",)

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
    # Expired concurrency leases are taken back within a second, not 15 s: a test of
    # lease renewal then need not wait past the 60 s lease by more than a few seconds.
    quick = {"PREFECT_SERVER_SERVICES_REPOSSESSOR_LOOP_SECONDS": "1"}
    with prefect_server_from_venv(venv, quick) if venv else prefect_server(quick) as url:
        yield url
