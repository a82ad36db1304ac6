"""Shared fixtures: clients on the in-process Prefect server (no mocks).

``client`` is an async ``PrefectClient`` and ``sync_client`` a ``SyncPrefectClient``,
both on the in-process server (or on ``PREFECT_REST_TEST_API_URL`` when set).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from prefect_rest import PrefectClient, SyncPrefectClient  # noqa: E402
from prefect_rest.settings import Settings  # noqa: E402

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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_server_url() -> Iterator[str]:
    """``prefect server start`` on a free loopback port, for the session."""
    prefect = shutil.which("prefect", path=os.path.dirname(sys.executable)) or shutil.which(
        "prefect"
    )
    assert prefect, "the prefect command is not installed: pip install -e '.[dev]'"
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    with tempfile.TemporaryDirectory(prefix="prefect-rest-live-server-") as home:
        env = {
            **os.environ,
            "PREFECT_HOME": home,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_SERVER_UI_ENABLED": "false",
            "DO_NOT_TRACK": "1",
        }
        log = open(Path(home) / "server.log", "w")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(
            [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(
                        "prefect server did not start:\n" + (Path(home) / "server.log").read_text()
                    )
                time.sleep(0.3)
            yield url
        finally:
            os.killpg(proc.pid, signal.SIGTERM)  # the group this fixture started
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            log.close()
