"""Work pool, worker and work queue methods against the in-process server, async and sync."""

from __future__ import annotations

import datetime
import uuid
import warnings

import pytest
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest import models as m
from prefect_rest.exceptions import InvalidArgument, ObjectAlreadyExists, ObjectNotFound
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio

TEMPLATE = {
    "job_configuration": {"command": "{{ command }}"},
    "variables": {"type": "object", "properties": {"command": {"type": "string"}}},
}


@pytest.fixture
def wc(client):
    """This file's name for the conftest async client."""
    return client


@pytest.fixture
def swc(sync_client):
    """This file's name for the conftest sync client."""
    return sync_client


async def test_create_read_update_delete_pool(wc, unique):
    pool = await wc.create_work_pool(
        m.WorkPoolCreate(name=unique, type="process", description="d", concurrency_limit=2)
    )
    assert isinstance(pool, m.WorkPoolResponse)
    assert (pool.name, pool.type, pool.description, pool.concurrency_limit) == (
        unique,
        "process",
        "d",
        2,
    )
    read = await wc.read_work_pool(unique)
    assert read.id == pool.id and read.is_paused is False
    # The pool's default queue exists.
    assert read.default_queue_id is not None

    await wc.update_work_pool(unique, m.WorkPoolUpdate(is_paused=True))
    read = await wc.read_work_pool(unique)
    assert (read.is_paused, read.description, read.concurrency_limit) == (True, "d", 2)
    await wc.update_work_pool(unique, {"concurrency_limit": None})
    assert (await wc.read_work_pool(unique)).concurrency_limit is None

    with pytest.raises(ObjectAlreadyExists) as info:
        await wc.create_work_pool({"name": unique, "type": "process"})
    assert "create_work_pool" in str(info.value) and "409" in str(info.value)

    await wc.delete_work_pool(unique)
    with pytest.raises(ObjectNotFound):
        await wc.read_work_pool(unique)
    with pytest.raises(ObjectNotFound):
        await wc.delete_work_pool(unique)


async def test_overwrite_keeps_unset_fields(wc, unique):
    await wc.create_work_pool(
        m.WorkPoolCreate(
            name=unique, type="process", description="keep", concurrency_limit=4, is_paused=True
        )
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # same type: no warning
        pool = await wc.create_work_pool(
            m.WorkPoolCreate(name=unique, type="process", base_job_template=TEMPLATE),
            overwrite=True,
        )
    assert isinstance(pool, m.WorkPoolResponse)
    assert (pool.description, pool.concurrency_limit, pool.is_paused) == ("keep", 4, True)
    assert pool.base_job_template == TEMPLATE
    assert (await wc.read_work_pool(unique)).base_job_template == TEMPLATE

    with pytest.warns(
        UserWarning, match="Overwriting work pool type is not supported. Ignoring provided type."
    ):
        pool = await wc.create_work_pool(
            {"name": unique, "type": "docker", "description": "new"}, overwrite=True
        )
    assert (pool.type, pool.description, pool.concurrency_limit) == ("process", "new", 4)


async def test_read_and_count_pools(wc, unique):
    names = [f"{unique}-{i}" for i in range(3)]
    for name in names:
        await wc.create_work_pool(m.WorkPoolCreate(name=name, type="process"))
    pool_filter = m.WorkPoolFilter.from_dict({"name": {"any_": names}})
    pools = await wc.read_work_pools(work_pool_filter=pool_filter)
    assert sorted(p.name for p in pools) == names
    assert all(isinstance(p, m.WorkPoolResponse) for p in pools)
    assert len(await wc.read_work_pools(work_pool_filter=pool_filter, limit=2)) == 2
    assert len(await wc.read_work_pools(work_pool_filter=pool_filter, offset=2)) == 1
    assert await wc.count_work_pools(work_pool_filter=pool_filter) == 3
    assert await wc.count_work_pools({"name": {"any_": [names[0]]}}) == 1


async def test_workers(wc, unique):
    await wc.create_work_pool(m.WorkPoolCreate(name=unique, type="process"))
    await wc.send_worker_heartbeat(unique, "w1", heartbeat_interval_seconds=30)
    await wc.send_worker_heartbeat(unique, "w2", heartbeat_interval_seconds=15.0)
    await wc.send_worker_heartbeat(unique, "w1")
    workers = await wc.read_workers_for_work_pool(unique)
    assert sorted(w.name for w in workers) == ["w1", "w2"]
    assert all(isinstance(w, m.WorkerResponse) for w in workers)
    by_name = {w.name: w for w in workers}
    assert by_name["w1"].heartbeat_interval_seconds == 30
    assert by_name["w2"].heartbeat_interval_seconds == 15
    online = await wc.read_workers_for_work_pool(
        unique, worker_filter={"status": {"any_": ["ONLINE"]}}, limit=1, offset=0
    )
    assert len(online) == 1
    await wc.delete_worker(unique, "w1")
    assert [w.name for w in await wc.read_workers_for_work_pool(unique)] == ["w2"]
    with pytest.raises(ObjectNotFound):
        await wc.delete_worker(unique, "w1")
    with pytest.raises(InvalidArgument, match="heartbeat_interval_seconds must be a whole"):
        await wc.send_worker_heartbeat(unique, "w3", heartbeat_interval_seconds=1.5)


async def test_work_queues(wc, unique):
    await wc.create_work_pool(m.WorkPoolCreate(name=unique, type="process"))
    queue = await wc.create_work_queue(
        f"{unique}-q",
        description="queue",
        is_paused=True,
        concurrency_limit=5,
        priority=2,
        work_pool_name=unique,
    )
    assert isinstance(queue, m.WorkQueueResponse)
    assert (queue.name, queue.description, queue.is_paused) == (f"{unique}-q", "queue", True)
    assert (queue.concurrency_limit, queue.priority, queue.work_pool_name) == (5, 2, unique)

    assert (await wc.read_work_queue(queue.id)).name == f"{unique}-q"
    in_pool = await wc.read_work_queue_by_name(f"{unique}-q", work_pool_name=unique)
    assert in_pool.id == queue.id

    # Without a pool: the default agent pool.
    plain = await wc.create_work_queue(f"{unique}-plain")
    assert plain.is_paused is False and plain.description == ""
    assert (await wc.read_work_queue_by_name(f"{unique}-plain")).id == plain.id
    with pytest.raises(ObjectNotFound):
        await wc.read_work_queue_by_name(f"{unique}-plain", work_pool_name=unique)
    with pytest.raises(ObjectAlreadyExists):
        await wc.create_work_queue(f"{unique}-q", work_pool_name=unique)

    await wc.update_work_queue(queue.id, is_paused=False, description="changed", priority=1)
    updated = await wc.read_work_queue(queue.id)
    assert (updated.is_paused, updated.description, updated.priority) == (False, "changed", 1)
    assert updated.concurrency_limit == 5  # unset fields kept

    status = await wc.read_work_queue_status(queue.id)
    assert isinstance(status, m.WorkQueueStatusDetail)
    assert status.healthy is False  # never polled
    concurrency = await wc.read_work_queue_concurrency_status(queue.id)
    assert isinstance(concurrency, m.WorkQueueConcurrencyStatus)
    assert concurrency.to_dict()
    pool_status = await wc.read_work_pool_concurrency_status(unique)
    assert isinstance(pool_status, m.WorkPoolConcurrencyStatus)
    assert pool_status.to_dict()

    in_pool_queues = await wc.read_work_queues(work_pool_name=unique)
    assert sorted(q.name for q in in_pool_queues) == ["default", f"{unique}-q"]
    filtered = await wc.read_work_queues(
        work_queue_filter={"name": {"any_": [f"{unique}-plain"]}}, limit=5, offset=0
    )
    assert [q.id for q in filtered] == [plain.id]

    matched = await wc.match_work_queues([unique.upper()])
    assert {q.id for q in matched} == {queue.id, plain.id}
    assert [q.id for q in await wc.match_work_queues([unique], work_pool_name=unique)] == [queue.id]
    assert await wc.match_work_queues([f"{unique}-zzz"]) == []

    await wc.delete_work_queue_by_id(plain.id)
    with pytest.raises(ObjectNotFound):
        await wc.read_work_queue(plain.id)
    with pytest.raises(ObjectNotFound):
        await wc.delete_work_queue_by_id(plain.id)


async def test_scheduled_runs_in_pool_and_queue(wc, unique):
    await wc.create_work_pool(m.WorkPoolCreate(name=unique, type="process"))
    queue = await wc.create_work_queue("q", work_pool_name=unique)
    flow_id = await wc.create_flow_from_name(unique)
    dep_id = await wc.create_deployment(flow_id, "dep", work_pool_name=unique, work_queue_name="q")
    run = await wc.create_flow_run_from_deployment(dep_id)
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=1)

    runs = await wc.get_runs_in_work_queue(queue.id, scheduled_before=soon)
    assert [r.id for r in runs] == [run.id]
    assert isinstance(runs[0], m.FlowRunResponse)
    assert [r.id for r in await wc.get_runs_in_work_queue(queue.id, limit=5)] == [run.id]

    worker_runs = await wc.get_scheduled_flow_runs_for_work_pool(
        unique, work_queue_names=["q"], scheduled_before=soon
    )
    assert isinstance(worker_runs[0], m.WorkerFlowRunResponse)
    assert [(r.flow_run.id, r.work_queue_id, r.work_pool_id) for r in worker_runs] == [
        (run.id, queue.id, (await wc.read_work_pool(unique)).id)
    ]
    assert (
        await wc.get_scheduled_flow_runs_for_work_pool(unique, work_queue_names=["default"]) == []
    )
    with pytest.raises(ObjectNotFound):
        await wc.get_scheduled_flow_runs_for_work_pool(f"{unique}-missing")


async def test_bad_arguments_are_rejected_before_sending(wc):
    with pytest.raises(InvalidArgument, match="work_pool must be a WorkPoolCreate or a dict"):
        await wc.create_work_pool("pool")
    with pytest.raises(InvalidArgument, match="work_pool"):
        await wc.create_work_pool({"type": "process"})  # no name
    with pytest.raises(InvalidArgument, match="work_pool_name must be a non-empty string"):
        await wc.read_work_pool("")
    with pytest.raises(InvalidArgument, match="work_pool must be a WorkPoolUpdate"):
        await wc.update_work_pool("p", 3)
    with pytest.raises(InvalidArgument, match="id must be a UUID"):
        await wc.read_work_queue("nope")
    with pytest.raises(InvalidArgument, match="kwargs must be at least one field"):
        await wc.update_work_queue(uuid.uuid4())
    with pytest.raises(InvalidArgument, match="colour must be one of the fields"):
        await wc.update_work_queue(uuid.uuid4(), colour="red")
    with pytest.raises(InvalidArgument, match="prefixes must be a list of strings"):
        await wc.match_work_queues("abc")
    with pytest.raises(InvalidArgument, match="work_queue_names must be a list"):
        await wc.get_scheduled_flow_runs_for_work_pool("p", work_queue_names="q")
    with pytest.raises(InvalidArgument, match="scheduled_before must be a datetime"):
        await wc.get_runs_in_work_queue(uuid.uuid4(), scheduled_before="now")
    with pytest.raises(InvalidArgument, match="worker_name must be a non-empty string"):
        await wc.send_worker_heartbeat("p", "")
    with pytest.raises(InvalidArgument, match="name must be a non-empty string"):
        await wc.create_work_queue("")


def _scenario(client: SyncPrefectClient, name: str) -> tuple:
    """Overwrite a pool and manage a queue; the facts both clients must agree on."""
    client.create_work_pool(
        m.WorkPoolCreate(name=name, type="process", description="keep", concurrency_limit=4)
    )
    pool = client.create_work_pool(
        m.WorkPoolCreate(name=name, type="process", base_job_template=TEMPLATE), overwrite=True
    )
    queue = client.create_work_queue("q", work_pool_name=name, priority=3)
    client.update_work_queue(queue.id, concurrency_limit=2)
    queue = client.read_work_queue_by_name("q", work_pool_name=name)
    client.send_worker_heartbeat(name, "w")
    workers = client.read_workers_for_work_pool(name)
    matched = client.match_work_queues(["q"], work_pool_name=name)
    client.delete_work_pool(name)
    return (
        pool.description,
        pool.concurrency_limit,
        pool.base_job_template,
        queue.priority,
        queue.concurrency_limit,
        [w.name for w in workers],
        [q.name for q in matched],
    )


def test_sync_client_matches_async(swc, unique):
    import anyio

    result = _scenario(swc, f"{unique}-sync")
    with pytest.raises(ObjectNotFound):
        swc.read_work_pool(f"{unique}-sync")

    async def run_async() -> tuple:
        async with PrefectClient(
            None, settings=Settings(max_retries=4, retry_base_delay=0.05)
        ) as c:
            await c.create_work_pool(
                m.WorkPoolCreate(
                    name=unique, type="process", description="keep", concurrency_limit=4
                )
            )
            pool = await c.create_work_pool(
                m.WorkPoolCreate(name=unique, type="process", base_job_template=TEMPLATE),
                overwrite=True,
            )
            queue = await c.create_work_queue("q", work_pool_name=unique, priority=3)
            await c.update_work_queue(queue.id, concurrency_limit=2)
            queue = await c.read_work_queue_by_name("q", work_pool_name=unique)
            await c.send_worker_heartbeat(unique, "w")
            workers = await c.read_workers_for_work_pool(unique)
            matched = await c.match_work_queues(["q"], work_pool_name=unique)
            await c.delete_work_pool(unique)
            return (
                pool.description,
                pool.concurrency_limit,
                pool.base_job_template,
                queue.priority,
                queue.concurrency_limit,
                [w.name for w in workers],
                [q.name for q in matched],
            )

    assert anyio.run(run_async) == result == ("keep", 4, TEMPLATE, 3, 2, ["w"], ["q"])
