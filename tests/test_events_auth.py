"""Streams carry the client's credentials, and never show them."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator

import anyio
import pytest
from conftest import TEST_SETTINGS
from prefect_rest import PrefectClient
from prefect_rest.events import PrefectEventSubscriber, StreamAuthError
from streams import live_server

pytestmark = pytest.mark.anyio

SECRET = "s3cret-Pa55"


@pytest.fixture(scope="module")
def auth_server() -> Iterator[str]:
    """`prefect server start` that requires the auth string admin:<SECRET>."""
    with live_server({"PREFECT_SERVER_API_AUTH_STRING": f"admin:{SECRET}"}) as url:
        yield url


async def test_the_auth_string_opens_the_stream(auth_server: str) -> None:
    settings = dataclasses.replace(TEST_SETTINGS, auth_string=f"admin:{SECRET}")
    async with PrefectClient(auth_server, settings=settings) as client:
        flow_id = await client.create_flow_from_name("auth-stream")
        response = await client.request("POST", "/flow_runs/", json={"flow_id": str(flow_id)})
        run_id = response.json()["id"]
        wanted = {"any_resource": {"id": [f"prefect.flow-run.{run_id}"]}}
        async with PrefectEventSubscriber(filter=wanted, client=client) as subscriber:
            await client.set_flow_run_state(run_id, {"type": "RUNNING", "name": "Running"})
            with anyio.fail_after(30):  # hang guard
                async for event in subscriber:
                    if event.event == "prefect.flow-run.Running":
                        break


async def test_a_wrong_auth_string_is_refused_without_showing_it(
    auth_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = f"admin:wrong-{SECRET}"
    settings = dataclasses.replace(TEST_SETTINGS, auth_string=wrong)
    async with PrefectClient(auth_server, settings=settings) as client:
        with pytest.raises(StreamAuthError) as caught:
            async with PrefectEventSubscriber(client=client, reconnection_attempts=0):
                pass
    shown = str(caught.value) + repr(caught.value) + caplog.text
    assert SECRET not in shown
    assert "PREFECT_API_AUTH_STRING" in str(caught.value)
    url_auth = auth_server.replace("http://", f"http://admin:{SECRET}@")
    async with (
        PrefectClient(url_auth, settings=TEST_SETTINGS) as client,
        PrefectEventSubscriber(client=client) as subscriber,  # user:password@ works too
    ):
        assert SECRET not in repr(subscriber) + repr(subscriber._rest.target)
