"""``prefect_rest.testing``: isolated_server() and the pytest plugin's fixtures."""

from __future__ import annotations

import importlib.metadata
import os
import sys

import pytest
from prefect_rest import SyncPrefectClient
from prefect_rest.exceptions import ObjectAlreadyExists
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
    with SyncPrefectClient() as client:
        names = [flow.name for flow in client.read_flows()]
        pools = [pool.name for pool in client.read_work_pools()]
    assert f"{unique}-outside" in names
    assert "same-pool-name" not in pools


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
