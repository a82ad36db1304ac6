"""wait_for_flow_run, run_deployment and FlowRunSubscriber against real servers."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest
from conftest import TEST_SETTINGS
from faults import FaultProxy
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import FlowRunWaitTimeout, InvalidArgument
from prefect_rest.runs import FlowRunSubscriber, run_deployment, wait_for_flow_run
from prefect_rest.runs import sync as runs_sync
from streams import RestartableServer, restartable  # noqa: F401

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["server", "inprocess"])
async def run_client(request: pytest.FixtureRequest) -> AsyncIterator[PrefectClient]:
    if request.param == "server":
        url = request.getfixturevalue("live_server_url")
        async with PrefectClient(url, settings=TEST_SETTINGS) as client:
            yield client
        return
    async with PrefectClient(None, settings=TEST_SETTINGS) as client:
        yield client


async def _new_run(client: PrefectClient) -> uuid.UUID:
    flow_id = await client.create_flow_from_name("watch-tests")
    response = await client.request("POST", "/flow_runs/", json={"flow_id": str(flow_id)})
    return uuid.UUID(response.json()["id"])


async def _finish_later(client: PrefectClient, run_id: uuid.UUID, delay: float) -> None:
    await client.set_flow_run_state(run_id, {"type": "RUNNING", "name": "Running"})
    await anyio.sleep(delay)
    await client.set_flow_run_state(run_id, {"type": "COMPLETED", "name": "Completed"})


async def test_wait_for_flow_run_returns_the_final_run(run_client: PrefectClient) -> None:
    run_id = await _new_run(run_client)
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(_finish_later, run_client, run_id, 1.0)
        with anyio.fail_after(30):  # hang guard
            run = await wait_for_flow_run(run_id, client=run_client)
    assert run.state.type == "COMPLETED"
    assert run.id == run_id


async def test_wait_for_flow_run_times_out(run_client: PrefectClient) -> None:
    run_id = await _new_run(run_client)
    with pytest.raises(FlowRunWaitTimeout, match=str(run_id)):
        await wait_for_flow_run(run_id, timeout=1, client=run_client)
    with pytest.raises(InvalidArgument, match="timeout"):
        await wait_for_flow_run(run_id, timeout=-1, client=run_client)


async def test_wait_for_flow_run_polls_behind_a_proxy_without_websockets(
    live_server_url: str,
) -> None:
    with FaultProxy(live_server_url) as proxy:
        async with PrefectClient(proxy.url, settings=TEST_SETTINGS) as client:
            run_id = await _new_run(client)
            async with anyio.create_task_group() as tasks:
                tasks.start_soon(_finish_later, client, run_id, 0.5)
                with anyio.fail_after(30):
                    run = await wait_for_flow_run(run_id, poll_interval=0.2, client=client)
    assert run.state.type == "COMPLETED"
    assert proxy.faults.sent("GET", f"/api/flow_runs/{run_id}") >= 2  # it polled


def test_sync_wait_for_flow_run(live_server_url: str) -> None:
    with SyncPrefectClient(live_server_url, settings=TEST_SETTINGS) as client:
        flow_id = client.create_flow_from_name("watch-tests")
        run_id = client.request("POST", "/flow_runs/", json={"flow_id": str(flow_id)}).json()["id"]
        client.set_flow_run_state(run_id, {"type": "FAILED", "name": "Failed"})
        run = runs_sync.wait_for_flow_run(run_id, timeout=30, client=client)
    assert run.state.type == "FAILED"


@pytest.mark.server
async def test_wait_for_flow_run_survives_a_server_restart(restartable: RestartableServer) -> None:  # noqa: F811
    async with PrefectClient(restartable.url, settings=TEST_SETTINGS) as client:
        run_id = await _new_run(client)
        await client.set_flow_run_state(run_id, {"type": "RUNNING", "name": "Running"})
        result: list[Any] = []

        async def wait() -> None:
            result.append(await wait_for_flow_run(run_id, timeout=120, client=client))

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(wait)
            await anyio.sleep(1)
            await restartable.restart()
            await client.set_flow_run_state(run_id, {"type": "COMPLETED", "name": "Completed"})
    assert result[0].state.type == "COMPLETED"


async def _deployment(client: PrefectClient) -> tuple[str, uuid.UUID]:
    flow_name = f"deploy-{uuid.uuid4().hex[:8]}"
    flow_id = await client.create_flow_from_name(flow_name)
    deployment_id = await client.create_deployment(flow_id, "d")
    return f"{flow_name}/d", deployment_id


async def test_run_deployment_timeout_zero_returns_the_new_run(run_client: PrefectClient) -> None:
    name, deployment_id = await _deployment(run_client)
    run = await run_deployment(name, client=run_client, timeout=0, parameters={})
    assert run.deployment_id == deployment_id
    assert run.state.type == "SCHEDULED"


async def test_run_deployment_waits_for_the_final_run(run_client: PrefectClient) -> None:
    _, deployment_id = await _deployment(run_client)
    created: list[Any] = []

    async def finish_the_new_run() -> None:
        while not (
            runs := await run_client.read_flow_runs(
                deployment_filter={"id": {"any_": [str(deployment_id)]}}
            )
        ):
            await anyio.sleep(0.1)
        created.append(runs[0].id)
        await _finish_later(run_client, runs[0].id, 0.5)

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(finish_the_new_run)
        with anyio.fail_after(60):
            run = await run_deployment(str(deployment_id), client=run_client, timeout=60)
    assert run.id == created[0]
    assert run.state.type == "COMPLETED"


async def test_run_deployment_returns_the_run_when_the_timeout_passes(
    run_client: PrefectClient,
) -> None:
    name, _ = await _deployment(run_client)
    run = await run_deployment(name, client=run_client, timeout=0.5)
    assert run.state.type == "SCHEDULED"


def test_run_deployment_sync_with_a_sync_client(live_server_url: str) -> None:
    async def make() -> str:
        async with PrefectClient(live_server_url, settings=TEST_SETTINGS) as client:
            return (await _deployment(client))[0]

    name = anyio.run(make)
    with SyncPrefectClient(live_server_url, settings=TEST_SETTINGS) as client:
        run = run_deployment(name, client=client, timeout=0)
    assert run.state.type == "SCHEDULED"


async def test_flow_run_subscriber_gives_states_and_logs_then_ends(
    restartable: RestartableServer,  # noqa: F811
) -> None:
    async with PrefectClient(restartable.url, settings=TEST_SETTINGS) as client:
        run_id = await _new_run(client)
        items: list[Any] = []
        async with FlowRunSubscriber(run_id, straggler_timeout=1, client=client) as subscriber:
            await client.set_flow_run_state(run_id, {"type": "RUNNING", "name": "Running"})
            await client.create_logs(
                [
                    {
                        "name": "t",
                        "level": 20,
                        "message": f"line {i}",
                        "timestamp": _now(),
                        "flow_run_id": str(run_id),
                    }
                    for i in range(3)
                ]
            )
            await client.set_flow_run_state(run_id, {"type": "COMPLETED", "name": "Completed"})
            with anyio.fail_after(60):
                items = [item async for item in subscriber]
    names = [getattr(item, "event", None) for item in items]
    messages = [getattr(item, "message", None) for item in items]
    assert "prefect.flow-run.Running" in names
    assert "prefect.flow-run.Completed" in names
    assert {"line 0", "line 1", "line 2"} <= set(messages)


def _now() -> str:
    import datetime

    return datetime.datetime.now(datetime.UTC).isoformat()
