"""Without the `events` extra: a clear error naming it, and waiting falls back to polling."""

from __future__ import annotations

import sys
import uuid

import anyio
import pytest
from prefect_rest import PrefectClient
from prefect_rest.events import PrefectEventSubscriber, StreamUnavailable
from prefect_rest.runs import wait_for_flow_run

pytestmark = pytest.mark.anyio


@pytest.fixture
def no_websockets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "websockets",
        "websockets.asyncio",
        "websockets.asyncio.client",
        "websockets.exceptions",
    ):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError


async def test_a_subscriber_names_the_extra(no_websockets: None) -> None:
    with pytest.raises(StreamUnavailable, match=r"prefect-rest\[events\]"):
        PrefectEventSubscriber()


async def test_wait_for_flow_run_polls_without_websockets(
    client: PrefectClient,
    no_websockets: None,  # after the in-process server (Prefect imports websockets) started
) -> None:
    flow_id = await client.create_flow_from_name("no-websockets")
    run_id = uuid.UUID(
        (await client.request("POST", "/flow_runs/", json={"flow_id": str(flow_id)})).json()["id"]
    )

    async def finish() -> None:
        await anyio.sleep(0.3)
        await client.set_flow_run_state(
            run_id, {"type": "COMPLETED", "name": "Completed"}, force=True
        )

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(finish)
        with anyio.fail_after(30):  # hang guard
            run = await wait_for_flow_run(run_id, poll_interval=0.1, client=client)
    assert run.state.type == "COMPLETED"
