"""Flow methods against the in-process server, async and sync."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import httpx
import pytest
from prefect_rest import PrefectClient
from prefect_rest import models as m
from prefect_rest.exceptions import InvalidArgument, ObjectNotFound, ServerVersionMismatch

pytestmark = pytest.mark.anyio


async def test_hello_and_health(client):
    response = await client.hello()
    assert response.status_code == 200
    assert await client.api_healthcheck() is None
    assert await client.api_version() == "3.8.8"
    assert client.client_version() == "3.8.8"
    await client.raise_for_api_version_mismatch()  # same major release: no error


async def test_create_read_delete_flow(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    again = await client.create_flow_from_name(unique)  # 200: the flow existed
    assert again == flow_id
    flow = await client.read_flow(flow_id)
    assert isinstance(flow, m.Flow)
    assert (flow.id, flow.name) == (flow_id, unique)
    by_name = await client.read_flow_by_name(unique)
    assert by_name.id == flow_id
    await client.delete_flow(flow_id)
    with pytest.raises(ObjectNotFound) as info:
        await client.read_flow(flow_id)
    message = str(info.value)
    assert "read_flow" in message and str(flow_id) in message and "404" in message
    assert "Flow not found" in message


async def test_create_flow_from_object(client, unique):
    flow_id = await client.create_flow(SimpleNamespace(name=unique, version="1"))
    assert (await client.read_flow(flow_id)).name == unique
    with pytest.raises(InvalidArgument, match="flow"):
        await client.create_flow(object())


async def test_read_and_iter_flows_with_filter(client, unique):
    ids = {await client.create_flow_from_name(f"{unique}-{i}") for i in range(3)}
    flow_filter = m.FlowFilter.from_dict({"name": {"like_": unique}})
    flows = await client.read_flows(flow_filter=flow_filter, sort=m.FlowSort.NAME_ASC)
    assert [f.name for f in flows] == [f"{unique}-{i}" for i in range(3)]
    assert await client.count_flows(flow_filter=flow_filter) == 3
    paged = [f.id async for f in client.iter_flows(flow_filter=flow_filter, page_size=2)]
    assert set(paged) == ids and len(paged) == 3


async def test_filter_dicts_may_hold_uuids(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    await client.create_flow_from_name(f"{unique}-other")
    by_id = {"id": {"any_": [uuid.UUID(str(flow_id))]}}
    flows = await client.read_flows(flow_filter=by_id)
    assert [(f.id, f.name) for f in flows] == [(flow_id, unique)]
    assert await client.count_flows(flow_filter=by_id) == 1
    with pytest.raises(InvalidArgument, match="flow_filter must be a FlowFilter or a dict"):
        await client.read_flows(flow_filter=42)


async def test_bad_uuid_is_rejected_before_sending(client):
    with pytest.raises(InvalidArgument, match="flow_id must be a UUID"):
        await client.read_flow("not-a-uuid")


def test_sync_client_matches_async(sync_client, unique):
    flow_id = sync_client.create_flow_from_name(unique)
    flow = sync_client.read_flow(flow_id)
    assert flow.name == unique
    assert [f.id for f in sync_client.iter_flows(flow_filter={"id": {"any_": [str(flow_id)]}})] == [
        flow_id
    ]
    sync_client.delete_flow(flow_id)
    with pytest.raises(ObjectNotFound):
        sync_client.read_flow(uuid.UUID(str(flow_id)))


async def test_work_queue_filter_is_refused_before_sending(client):
    with pytest.raises(InvalidArgument, match="work_queue_filter"):
        await client.read_flows(work_queue_filter={"name": {"any_": ["x"]}})


async def test_another_major_release_is_a_version_mismatch():
    # A server of another release is what the real one cannot be on demand: fake its answer.
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/admin/version"
        return httpx.Response(200, json="2.20.25")

    transport = httpx.MockTransport(handler)
    async with PrefectClient("http://old.test/api", httpx_settings={"transport": transport}) as c:
        with pytest.raises(ServerVersionMismatch, match=r"client: 3\.8\.8, server: 2\.20\.25"):
            await c.raise_for_api_version_mismatch()
        # The _once form keeps asking until a check passes: a mismatch is never remembered.
        with pytest.raises(ServerVersionMismatch):
            await c.raise_for_api_version_mismatch_once()


async def test_version_check_once_asks_the_server_once(client):
    asked: list[str] = []

    async def count(request: httpx.Request) -> None:
        if request.url.path.endswith("/admin/version"):
            asked.append(request.url.path)

    client._http.event_hooks["request"].append(count)
    for _ in range(3):
        await client.raise_for_api_version_mismatch_once()
    await client.raise_for_api_version_mismatch()
    assert asked == ["/api/admin/version"] * 2


async def test_loop_is_the_loop_the_client_started_on():
    import asyncio

    client = PrefectClient(None)
    assert client.loop is None
    async with client:
        assert client.loop is asyncio.get_running_loop()


def test_sync_client_has_no_loop(sync_client):
    assert sync_client.loop is None


async def test_iterators_refuse_an_empty_page(client):
    # A page size of 0 read empty pages forever; it is refused before any request.
    with pytest.raises(InvalidArgument, match="page_size must be a positive int"):
        async for _ in client.iter_flows(page_size=0):
            pass
    with pytest.raises(InvalidArgument, match="page_size must be a positive int"):
        async for _ in client.iter_deployments(page_size=0):
            pass


@pytest.mark.parametrize(
    "method", ["iter_flows", "iter_flow_runs", "iter_deployments", "iter_task_runs", "iter_logs"]
)
async def test_iterators_check_their_paging_arguments_when_called(client, sync_client, method):
    # Raised by the call itself, before any page is asked for (nothing is awaited).
    for c in (client, sync_client):
        with pytest.raises(InvalidArgument, match="page_size must be a positive int"):
            getattr(c, method)(page_size=0)
        with pytest.raises(InvalidArgument, match="offset must be a non-negative int"):
            getattr(c, method)(offset=-1)
        if method != "iter_logs":
            with pytest.raises(InvalidArgument, match="limit: not taken by iter_"):
                getattr(c, method)(limit=5)


async def test_iterators_start_at_offset_and_stop_on_a_short_page(client, unique):
    ids = [await client.create_flow(SimpleNamespace(name=f"{unique}-{i}")) for i in range(5)]
    flow_filter = {"name": {"like_": unique}}
    names = [f.name async for f in client.iter_flows(flow_filter=flow_filter, page_size=2)]
    assert sorted(names) == sorted(f"{unique}-{i}" for i in range(5))
    later = [f.id async for f in client.iter_flows(flow_filter=flow_filter, offset=3, page_size=2)]
    assert len(later) == 2 and set(later) <= set(ids)
