"""Fork safety of the in-process server (multiprocessing's fork start method, explicitly).

Each case runs in a fresh interpreter: the parent starts the in-process server,
then forks. A child that never uses the client must leave the parent's server,
its files and its database alone; a child that does use it gets a server of its
own (it must not wait for the parent's loop thread, which does not exist in it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _run(code: str, env: dict[str, str]) -> dict[str, Any]:
    full_env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), **env}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


_IDLE_CHILD = """
    import json, multiprocessing
    from prefect_rest import SyncPrefectClient; import prefect_rest.inprocess as e

    def idle():
        pass

    with SyncPrefectClient() as client:
        client.create_flow_from_name("before-fork")
        server = e.process._server
        child = multiprocessing.get_context("fork").Process(target=idle)
        child.start()
        child.join(120)
        names = sorted(flow.name for flow in client.read_flows())
        client.create_flow_from_name("after-fork")  # the database is still there
        names_after = sorted(flow.name for flow in client.read_flows())
    print(json.dumps({
        "exitcode": child.exitcode,
        "names": names,
        "names_after": names_after,
        "workdir_exists": server.workdir is None or server.workdir.exists(),
        "database_exists": server.database.exists(),
    }))
"""


@pytest.mark.parametrize("throwaway", ["1", "0"])
def test_forked_child_that_never_uses_the_client_leaves_the_parents_server_alone(
    throwaway: str, tmp_path: Path
) -> None:
    result = _run(
        _IDLE_CHILD,
        {"PREFECT_HOME": str(tmp_path / "home"), "PREFECT_REST_EPHEMERAL_THROWAWAY": throwaway},
    )
    assert result["exitcode"] == 0
    assert result["names"] == ["before-fork"]
    assert result["names_after"] == ["after-fork", "before-fork"]
    assert result["workdir_exists"] is True
    assert result["database_exists"] is True


_USING_CHILD = """
    import asyncio, json, multiprocessing
    from prefect_rest import SyncPrefectClient, get_client

    def sync_child(queue):
        with SyncPrefectClient() as client:
            client.create_flow_from_name("from-sync-child")
            queue.put(sorted(flow.name for flow in client.read_flows()))

    def async_child(queue):
        async def main():
            async with get_client() as client:
                await client.create_flow_from_name("from-async-child")
                return sorted(flow.name for flow in await client.read_flows())
        queue.put(asyncio.run(main()))

    context = multiprocessing.get_context("fork")
    results = {}
    with SyncPrefectClient() as client:
        client.create_flow_from_name("parent")
        for target in (sync_child, async_child):
            queue = context.Queue()
            child = context.Process(target=target, args=(queue,))
            child.start()
            child.join(180)
            hung = child.is_alive()
            if hung:
                child.kill()
                child.join()
            results[target.__name__] = {
                "hung": hung,
                "exitcode": child.exitcode,
                "seen": None if hung or child.exitcode else queue.get(timeout=5),
            }
        results["parent_sees"] = sorted(flow.name for flow in client.read_flows())
    print(json.dumps(results))
"""


def test_forked_child_that_uses_the_client_gets_a_server_of_its_own(tmp_path: Path) -> None:
    result = _run(_USING_CHILD, {"PREFECT_HOME": str(tmp_path / "home")})
    for child in ("sync_child", "async_child"):
        assert result[child]["hung"] is False
        assert result[child]["exitcode"] == 0
    # Persistent by default: parent and children share PREFECT_HOME's database.
    assert result["sync_child"]["seen"] == ["from-sync-child", "parent"]
    assert result["async_child"]["seen"] == ["from-async-child", "from-sync-child", "parent"]
    assert result["parent_sees"] == ["from-async-child", "from-sync-child", "parent"]
