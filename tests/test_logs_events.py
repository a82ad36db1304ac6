"""Log and event methods against the in-process server, async and sync."""

from __future__ import annotations

import datetime
import os
import uuid
from types import SimpleNamespace

import anyio
import pytest
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest import models as m
from prefect_rest.exceptions import AuthorizationError, InvalidArgument
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio

T0 = datetime.datetime(2030, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)


def _log(flow_run_id: uuid.UUID, i: int) -> dict:
    return {
        "name": "prefect.test",
        "level": 20,
        "message": f"line {i}",
        "timestamp": T0 + datetime.timedelta(seconds=i),
        "flow_run_id": flow_run_id,
    }


async def test_create_read_and_iter_logs(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    first = m.LogCreate(
        name="prefect.test", level=40, message="line 0", timestamp=T0, flow_run_id=run.id
    )
    assert await client.create_logs([first] + [_log(run.id, i) for i in (1, 2, 3)]) is None
    by_run = {"flow_run_id": {"any_": [run.id]}}
    logs = await client.read_logs(by_run)
    assert all(isinstance(log, m.Log) for log in logs)
    assert [log.message for log in logs] == ["line 0", "line 1", "line 2", "line 3"]  # oldest first
    assert logs[0].level == 40 and logs[0].timestamp == T0 and logs[0].flow_run_id == run.id
    newest = await client.read_logs(
        m.LogFilter.from_dict({"flow_run_id": {"any_": [str(run.id)]}}),
        limit=2,
        offset=1,
        sort=m.LogSort.TIMESTAMP_DESC,
    )
    assert [log.message for log in newest] == ["line 2", "line 1"]
    errors = await client.read_logs({**by_run, "level": {"ge_": 40}}, sort="TIMESTAMP_ASC")
    assert [log.message for log in errors] == ["line 0"]
    paged = [log.message async for log in client.iter_logs(by_run, page_size=3)]
    assert paged == ["line 0", "line 1", "line 2", "line 3"]
    assert [log.message async for log in client.iter_logs(by_run, offset=3)] == ["line 3"]


async def test_log_arguments_are_checked(client):
    with pytest.raises(InvalidArgument, match="logs must be an iterable"):
        await client.create_logs("line")
    with pytest.raises(InvalidArgument, match=r"logs\[0\]: .*missing required field"):
        await client.create_logs([{"message": "no level"}])
    with pytest.raises(InvalidArgument, match=r"logs\[1\] must be a LogCreate"):
        await client.create_logs([_log(uuid.uuid4(), 0), "x"])
    with pytest.raises(InvalidArgument, match="sort must be a LogSort"):
        await client.read_logs(sort="SIDEWAYS")
    with pytest.raises(InvalidArgument, match="log_filter must be a LogFilter"):
        await client.read_logs(log_filter=3)
    with pytest.raises(InvalidArgument, match="limit must be a non-negative int"):
        await client.read_logs(limit=-1)


def _event(name: str, resource_id: str, i: int) -> dict:
    return {
        "id": uuid.uuid4(),
        "event": name,
        "occurred": datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=i),
        "resource": {"prefect.resource.id": resource_id},
        "payload": {"i": i},
    }


async def _wait_for_events(client: PrefectClient, event_filter: dict, count: int) -> m.EventPage:
    """Events are stored by a server service after they are accepted: wait (bounded) for them."""
    for _ in range(100):
        page = await client.read_events(event_filter, limit=1)
        if page.total >= count:
            return page
        await anyio.sleep(0.2)
    raise AssertionError(f"the server did not store {count} events")


async def test_create_read_page_iter_and_count_events(client, unique):
    name = f"{unique}.happened"
    resource = f"prefect-rest.test.{unique}"
    assert await client.create_events([_event(name, resource, i) for i in range(3)]) is None
    event_filter = {"event": {"name": [name]}, "order": "ASC"}
    first = await _wait_for_events(client, event_filter, 3)
    assert isinstance(first, m.EventPage)
    assert first.total == 3 and len(first.events) == 1
    assert isinstance(first.events[0], m.ReceivedEvent)
    assert first.events[0].event == name
    assert first.events[0].payload == {"i": 2}  # oldest first
    assert first.next_page and "page-token" in first.next_page

    second = await client.read_events_page(first.next_page)
    assert second.total == 3 and [e.payload["i"] for e in second.events] == [1]
    token = first.next_page.split("page-token=", 1)[1]
    assert [e.id for e in (await client.read_events_page(token)).events] == [
        e.id for e in second.events
    ]

    all_events = [e async for e in client.iter_events(event_filter, page_size=2)]
    assert [e.payload["i"] for e in all_events] == [2, 1, 0]
    assert {e.resource["prefect.resource.id"] for e in all_events} == {resource}

    counts = await client.count_events("event", m.EventFilter.from_dict(event_filter))
    assert [(c.value, c.count) for c in counts] == [(name, 3)]
    assert all(isinstance(c, m.EventCount) for c in counts)
    by_day = await client.count_events(m.Countable.DAY, event_filter)
    assert sum(c.count for c in by_day) == 3
    by_time = await client.count_events("time", event_filter, time_unit="day", time_interval=1)
    assert sum(c.count for c in by_time) == 3


async def test_event_arguments_are_checked(client):
    with pytest.raises(InvalidArgument, match="next_page_url must be"):
        await client.read_events_page("")
    with pytest.raises(InvalidArgument, match="page-token"):
        await client.read_events_page("http://x/api/events/filter/next?other=1")
    with pytest.raises(InvalidArgument, match="countable must be a Countable"):
        await client.count_events("flows")
    with pytest.raises(InvalidArgument, match="filter must be a EventFilter"):
        await client.read_events(filter=[1])
    with pytest.raises(InvalidArgument, match=r"events\[0\]: .*missing required field"):
        await client.create_events([{"event": "x"}])
    # the server answers an unknown page token with 403, not 422 or 404
    with pytest.raises(AuthorizationError, match="read_events_page") as info:
        await client.read_events_page("not-a-real-token")
    assert info.value.status_code == 403


def _sync_scenario(flow_name: str) -> list[str]:
    with SyncPrefectClient(
        os.environ.get("PREFECT_REST_TEST_API_URL") or None,
        settings=Settings(max_retries=4, retry_base_delay=0.05),
    ) as c:
        run = c.create_flow_run(SimpleNamespace(name=flow_name))
        c.create_logs([_log(run.id, i) for i in (2, 0, 1)])
        by_run = {"flow_run_id": {"any_": [run.id]}}
        assert [log.message for log in c.iter_logs(by_run, page_size=2)] == [
            "line 0",
            "line 1",
            "line 2",
        ]
        return [log.message for log in c.read_logs(by_run, sort="TIMESTAMP_DESC")]


async def test_sync_client_matches_async(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    await client.create_logs([_log(run.id, i) for i in (2, 0, 1)])
    by_run = {"flow_run_id": {"any_": [run.id]}}
    got = [log.message for log in await client.read_logs(by_run, sort="TIMESTAMP_DESC")]
    assert got == ["line 2", "line 1", "line 0"]
    assert await anyio.to_thread.run_sync(_sync_scenario, unique + "-sync") == got
