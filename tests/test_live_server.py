"""The facade against a real `prefect server start` on loopback (SQLite), async and sync."""

from __future__ import annotations

import uuid

import pytest
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest import models as m
from prefect_rest.exceptions import ObjectNotFound, PrefectValidationError
from prefect_rest.settings import Settings

pytestmark = [pytest.mark.server, pytest.mark.anyio]


async def test_async_client_over_the_network(live_server_url):
    name = f"live-{uuid.uuid4().hex[:8]}"
    async with PrefectClient(live_server_url, settings=Settings(max_retries=0)) as client:
        assert str(client.api_url).startswith(live_server_url)
        assert (await client.hello()).status_code == 200
        flow_id = await client.create_flow_from_name(name)
        flow = await client.read_flow(flow_id)
        assert isinstance(flow, m.Flow) and flow.name == name
        await client.delete_flow(flow_id)
        with pytest.raises(ObjectNotFound, match="404"):
            await client.read_flow(flow_id)
        with pytest.raises(PrefectValidationError) as info:  # only the server knows this one
            await client.read_flows(flow_filter={"name": {"any_": "not-a-list"}})
        assert info.value.errors and "any_" in info.value.errors[0]["loc"]
        assert "read_flows" in str(info.value) and "422" in str(info.value)


def test_sync_client_over_the_network_matches_async(live_server_url):
    name = f"live-{uuid.uuid4().hex[:8]}"
    with SyncPrefectClient(live_server_url) as client:
        flow_id = client.create_flow_from_name(name)
        assert client.create_flow_from_name(name) == flow_id
        found = client.read_flows(flow_filter=m.FlowFilter.from_dict({"name": {"any_": [name]}}))
        assert [f.id for f in found] == [flow_id]
