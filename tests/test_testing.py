"""``prefect_rest.testing``: isolated_server() and the pytest plugin's fixtures."""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import prefect_rest.inprocess as _ephemeral
import pytest
from prefect_rest import SyncPrefectClient
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect_rest.inprocess import sync_transport
from prefect_rest.testing import isolated_server


def test_isolated_server_is_empty_every_time(unique: str) -> None:
    with SyncPrefectClient() as client:
        client.create_flow_from_name(f"{unique}-outside")
    for _ in range(2):
        with isolated_server() as database:
            assert database.path.is_file()
            with SyncPrefectClient() as client:
                assert client.read_flows() == []
                assert client.read_work_pools() == []
                # The same name in two consecutive isolated servers: no "already exists".
                pool = client.create_work_pool({"name": "same-pool-name"})
                assert pool.name == "same-pool-name"
                with pytest.raises(ObjectAlreadyExists):
                    client.create_work_pool({"name": "same-pool-name"})
                assert [b.slug for b in client.read_block_types()]  # built-in blocks are there
        assert not database.path.exists()
    with SyncPrefectClient() as client:  # the session's database is back, not emptied
        assert client.read_flow_by_name(f"{unique}-outside").name == f"{unique}-outside"
        with pytest.raises(ObjectNotFound):
            client.read_work_pool("same-pool-name")


def test_isolated_servers_nest(unique: str) -> None:
    with isolated_server(), SyncPrefectClient() as client:
        client.create_flow_from_name(f"{unique}-outer")
        with isolated_server():
            assert client.read_flows() == []
        assert [flow.name for flow in client.read_flows()] == [f"{unique}-outer"]


_USER_TESTS = """
    import pytest

    NAME = "the-same-pool"

    def test_sync_client_one(sync_prefect_client):
        assert sync_prefect_client.read_work_pools() == []
        sync_prefect_client.create_work_pool({"name": NAME})

    def test_sync_client_two(sync_prefect_client):
        assert sync_prefect_client.read_work_pools() == []
        sync_prefect_client.create_work_pool({"name": NAME})

    @pytest.mark.anyio
    async def test_async_client(prefect_client):
        assert await prefect_client.read_work_pools() == []
        await prefect_client.create_work_pool({"name": NAME})

    def test_server_fixture(prefect_isolated_server):
        from prefect_rest import SyncPrefectClient
        assert prefect_isolated_server.path.is_file()
        with SyncPrefectClient() as client:
            client.create_work_pool({"name": NAME})

    @pytest.fixture
    def anyio_backend():
        return "asyncio"
"""


def test_pytest_plugin_gives_each_test_a_clean_server(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=_USER_TESTS)
    env_path = os.pathsep.join(p for p in sys.path if p)
    pytester._monkeypatch.setenv("PYTHONPATH", env_path)
    installed = {entry.name for entry in importlib.metadata.entry_points(group="pytest11")}
    # Installed (pip install), the pytest11 entry point loads it; from a source tree, -p does.
    plugin = [] if "prefect_rest" in installed else ["-p", "prefect_rest.testing.pytest_plugin"]
    result = pytester.runpytest_subprocess(*plugin, "-q")
    result.assert_outcomes(passed=4)


_ISOLATE_WITHOUT_TEMPLATE = """
    import json
    import prefect_rest.inprocess as _ephemeral
    from prefect_rest import SyncPrefectClient
    from prefect_rest.testing import isolated_server

    with SyncPrefectClient() as client:
        client.create_flow_from_name("users-own")
    server = _ephemeral.process._server
    built_before = server.template.exists()
    with isolated_server(), SyncPrefectClient() as client:
        inside = [flow.name for flow in client.read_flows()]
        blocks = len(client.read_block_types())
    with SyncPrefectClient() as client:
        after = [flow.name for flow in client.read_flows()]
    print(json.dumps({"built_before": built_before, "inside": inside, "blocks": blocks,
                      "after": after, "template": str(server.template)}))
"""


def test_isolated_server_builds_a_missing_template(tmp_path: Path) -> None:
    """A process on a database migrated before, with no template cached: it is built."""
    home = tmp_path / "home"
    home.mkdir()
    sync_transport()
    server = _ephemeral.process._server
    assert server is not None
    shutil.copyfile(server.template, home / "prefect.db")  # migrated, at the head revision
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "PREFECT_HOME": str(home),
        "PREFECT_REST_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_ISOLATE_WITHOUT_TEMPLATE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["built_before"] is False
    assert result["inside"] == []
    assert result["blocks"] > 0
    assert result["after"] == ["users-own"]
    assert Path(result["template"]).is_file()
    # Built where no service of the running server writes (#23): no event in it, and the
    # user's flow-created event stays in the user's database.
    with sqlite3.connect(result["template"]) as connection:
        assert connection.execute("SELECT count(*) FROM events").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM flow").fetchone() == (0,)
    with sqlite3.connect(home / "prefect.db") as connection:
        rows = connection.execute(
            "SELECT count(*) FROM events WHERE resource LIKE '%users-own%'"
        ).fetchone()
    assert rows[0] >= 1
