"""The logs stream and the events emitter against `prefect server start`."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from conftest import TEST_SETTINGS
from prefect_rest import PrefectClient
from prefect_rest.events import LogsStreamDisabled, PrefectEventsClient, PrefectLogsSubscriber
from streams import LOGS_ON, TcpRelay, live_server

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def logs_server() -> Iterator[str]:
    """`prefect server start` with the logs stream on."""
    with live_server(LOGS_ON) as url:
        yield url


def _log(run_id: str, message: str) -> dict[str, Any]:
    return {
        "name": "stream-test",
        "level": 20,
        "message": message,
        "timestamp": datetime.datetime.now(datetime.UTC).isoformat(),
        "flow_run_id": run_id,
    }


async def test_logs_subscriber_receives_what_create_logs_wrote(logs_server: str) -> None:
    async with PrefectClient(logs_server, settings=TEST_SETTINGS) as client:
        flow_id = await client.create_flow_from_name("logs-stream")
        run_id = (
            await client.request("POST", "/flow_runs/", json={"flow_id": str(flow_id)})
        ).json()["id"]
        wanted = {"flow_run_id": {"any_": [run_id]}}
        async with PrefectLogsSubscriber(filter=wanted, client=client) as subscriber:
            await client.create_logs([_log(run_id, f"line {i}") for i in range(5)])
            got: list[Any] = []
            with anyio.fail_after(30):  # hang guard
                async for log in subscriber:
                    got.append(log)
                    if len(got) == 5:
                        break
    assert sorted(log.message for log in got) == [f"line {i}" for i in range(5)]
    assert {str(log.flow_run_id) for log in got} == {run_id}


async def test_logs_subscriber_names_the_server_settings_when_off(live_server_url: str) -> None:
    async with PrefectClient(live_server_url, settings=TEST_SETTINGS) as client:
        with pytest.raises(LogsStreamDisabled) as caught:
            async with PrefectLogsSubscriber(client=client):
                pass
    assert "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED" in str(caught.value)
    assert "PREFECT_SERVER_LOGS_STREAM_PUBLISHING_ENABLED" in str(caught.value)


async def test_emitter_resends_unconfirmed_events_once_each(live_server_url: str) -> None:
    upstream_port = int(live_server_url.rsplit(":", 1)[1].split("/")[0])
    relay = TcpRelay(upstream_port)
    tag = f"test.emit.{uuid.uuid4().hex[:8]}"
    sent: list[str] = []
    try:
        async with PrefectClient(live_server_url, settings=TEST_SETTINGS) as rest:
            async with PrefectEventsClient(
                relay.api_url(), checkpoint_every=10, client=rest
            ) as emitter:
                for i in range(50):
                    event_id = str(uuid.uuid4())
                    sent.append(event_id)
                    await emitter.emit(
                        {
                            "id": event_id,
                            "event": f"{tag}.n{i}",
                            "occurred": datetime.datetime.now(datetime.UTC).isoformat(),
                            "resource": {"prefect.resource.id": f"test.{tag}"},
                        }
                    )
                    if i in (15, 35):
                        relay.cut()
                assert emitter.connections >= 3
            window = {"event": {"prefix": [tag]}}
            stored: list[str] = []
            with anyio.move_on_after(30):
                while len(stored) < len(sent):
                    await anyio.sleep(1)
                    stored = [str(e.id) async for e in rest.iter_events(window, page_size=50)]
    finally:
        relay.close()
    assert sorted(stored) == sorted(sent)  # every event stored, none twice
