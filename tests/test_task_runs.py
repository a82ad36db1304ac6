"""Task run methods against the in-process server, async and sync."""

from __future__ import annotations

import os
import uuid
from types import SimpleNamespace

import anyio
import pytest
from prefect_rest import SyncPrefectClient, states
from prefect_rest import models as m
from prefect_rest.exceptions import InvalidArgument, ObjectNotFound
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio


def _task(key: str, **extra: object) -> SimpleNamespace:
    """An object with the attributes Prefect's ``Task`` has and ``create_task_run`` reads."""
    return SimpleNamespace(name=key, task_key=key, **extra)


async def test_create_read_delete_task_run(client, unique):
    flow_run = await client.create_flow_run(SimpleNamespace(name=unique))
    task = _task(
        f"{unique}-task",
        tags=["t1"],
        version="3",
        retries=2,
        retry_delay_seconds=[1.5, 4],
        retry_jitter_factor=0.5,
    )
    run_id = uuid.uuid4()
    run = await client.create_task_run(
        task,
        flow_run.id,
        dynamic_key=0,
        id=run_id,
        name=f"{unique}-tr",
        extra_tags={"t2"},
        task_inputs={
            "x": [{"input_type": "parameter", "name": "x"}],
            "y": [m.Constant(type="int", input_type="constant")],
        },
    )
    assert isinstance(run, m.TaskRun)
    assert run.id == run_id
    assert (run.flow_run_id, run.task_key, run.dynamic_key) == (flow_run.id, task.task_key, "0")
    assert run.name == f"{unique}-tr"
    assert sorted(run.tags) == ["t1", "t2"]
    assert run.task_version == "3"
    assert run.empirical_policy.retries == 2
    assert run.empirical_policy.retry_delay == [1, 4]
    assert run.empirical_policy.retry_jitter_factor == 0.5
    assert (run.state.type, run.state.name) == (m.StateType.PENDING, "Pending")
    inputs = run.to_dict()["task_inputs"]
    assert inputs["x"] == [{"input_type": "parameter", "name": "x"}]
    assert inputs["y"] == [{"input_type": "constant", "type": "int"}]

    read = await client.read_task_run(str(run.id))
    assert (read.id, read.name, read.flow_run_id) == (run.id, run.name, flow_run.id)

    await client.delete_task_run(run.id)
    with pytest.raises(ObjectNotFound) as info:
        await client.read_task_run(run.id)
    assert "read_task_run" in str(info.value) and "404" in str(info.value)
    with pytest.raises(ObjectNotFound, match="delete_task_run"):
        await client.delete_task_run(run.id)


async def test_task_run_without_flow_run_and_with_state(client, unique):
    run = await client.create_task_run(
        SimpleNamespace(name=unique), None, "key-1", state=states.Scheduled()
    )
    assert run.flow_run_id is None
    assert run.task_key == unique  # no task_key: the name stands in
    assert (run.state.type, run.state.name) == (m.StateType.SCHEDULED, "Scheduled")
    assert run.tags == []


async def test_read_count_iter_and_rename(client, unique):
    flow_run = await client.create_flow_run(SimpleNamespace(name=unique))
    ids = [
        (
            await client.create_task_run(
                _task(f"{unique}-t"), flow_run.id, str(i), name=f"{unique}-{i}"
            )
        ).id
        for i in range(3)
    ]
    by_flow_run = {"id": {"any_": [flow_run.id]}}
    runs = await client.read_task_runs(flow_run_filter=by_flow_run, sort=m.TaskRunSort.NAME_DESC)
    assert [r.name for r in runs] == [f"{unique}-{i}" for i in (2, 1, 0)]
    page = await client.read_task_runs(
        task_run_filter=m.TaskRunFilter.from_dict({"id": {"any_": [str(i) for i in ids]}}),
        sort="NAME_ASC",
        limit=1,
        offset=2,
    )
    assert [r.name for r in page] == [f"{unique}-2"]
    assert await client.count_task_runs(flow_run_filter=by_flow_run) == 3
    assert await client.count_task_runs(flow_filter={"name": {"any_": [unique]}}) == 3
    assert (
        await client.count_task_runs(
            flow_run_filter=by_flow_run, task_run_filter={"name": {"any_": [f"{unique}-1"]}}
        )
        == 1
    )
    paged = [r.id async for r in client.iter_task_runs(flow_run_filter=by_flow_run, page_size=2)]
    assert sorted(paged) == sorted(ids)
    assert (await client.set_task_run_name(ids[0], f"{unique}-renamed")).status_code == 204
    assert (await client.read_task_run(ids[0])).name == f"{unique}-renamed"


async def test_task_run_states(client, unique):
    flow_run = await client.create_flow_run(SimpleNamespace(name=unique))
    run = await client.create_task_run(_task(unique), flow_run.id, "0")
    refused = await client.set_task_run_state(run.id, states.Running())
    assert refused.status is m.SetStateStatus.ABORT
    assert "flow must be running" in refused.details.reason
    await client.set_flow_run_state(flow_run.id, states.Running())
    running = await client.set_task_run_state(run.id, states.Running())
    assert isinstance(running, m.OrchestrationResult)
    assert running.status is m.SetStateStatus.ACCEPT
    assert running.state.state_details.task_run_id == run.id
    done = await client.set_task_run_state(str(run.id), states.Completed(message="ok"))
    assert (done.status, done.state.type) == (m.SetStateStatus.ACCEPT, m.StateType.COMPLETED)

    history = await client.read_task_run_states(run.id)
    assert [(s.type.value, s.name) for s in history] == [
        ("PENDING", "Pending"),
        ("RUNNING", "Running"),
        ("COMPLETED", "Completed"),
    ]
    one = await client.read_task_run_state(done.state.id)
    assert (one.id, one.type, one.message) == (done.state.id, m.StateType.COMPLETED, "ok")
    assert (await client.read_task_run(run.id)).state.type is m.StateType.COMPLETED
    forced = await client.set_task_run_state(run.id, states.Failed(), force=True)
    assert (forced.status, forced.state.type) == (m.SetStateStatus.ACCEPT, m.StateType.FAILED)
    with pytest.raises(ObjectNotFound):
        await client.read_task_run_state(uuid.uuid4())


async def test_bad_arguments_are_rejected_before_sending(client):
    with pytest.raises(InvalidArgument, match="task_run_id must be a UUID"):
        await client.read_task_run("nope")
    with pytest.raises(InvalidArgument, match="task must be a task object"):
        await client.create_task_run(object(), None, "0")
    with pytest.raises(InvalidArgument, match="flow_run_id must be a UUID"):
        await client.create_task_run(_task("k"), "nope", "0")
    with pytest.raises(InvalidArgument, match="dynamic_key must be a non-empty string"):
        await client.create_task_run(_task("k"), None, None)
    with pytest.raises(InvalidArgument, match="extra_tags must be an iterable of strings"):
        await client.create_task_run(_task("k"), None, "0", extra_tags="ab")
    with pytest.raises(InvalidArgument, match="task_inputs must be a dict of lists"):
        await client.create_task_run(_task("k"), None, "0", task_inputs={"x": 1})
    with pytest.raises(InvalidArgument, match="sort must be a TaskRunSort"):
        await client.read_task_runs(sort="NOPE")
    with pytest.raises(InvalidArgument, match="offset must be a non-negative int"):
        await client.read_task_runs(offset=-3)
    with pytest.raises(InvalidArgument, match="state"):
        await client.set_task_run_state(uuid.uuid4(), "RUNNING")


def _sync_scenario(flow_name: str) -> list[tuple[str, str]]:
    with SyncPrefectClient(
        os.environ.get("PREFECT_REST_TEST_API_URL") or None,
        settings=Settings(max_retries=4, retry_base_delay=0.05),
    ) as c:
        flow_run = c.create_flow_run(SimpleNamespace(name=flow_name))
        run = c.create_task_run(_task(flow_name), flow_run.id, "0")
        c.set_flow_run_state(flow_run.id, states.Running())
        c.set_task_run_state(run.id, states.Running())
        c.set_task_run_state(run.id, states.Completed())
        by_flow_run = {"id": {"any_": [flow_run.id]}}
        assert [r.id for r in c.iter_task_runs(flow_run_filter=by_flow_run)] == [run.id]
        assert c.count_task_runs(flow_run_filter=by_flow_run) == 1
        history = [(s.type.value, s.name) for s in c.read_task_run_states(run.id)]
        c.delete_task_run(run.id)
        try:
            c.read_task_run(run.id)
        except ObjectNotFound:
            history.append(("deleted", "ObjectNotFound"))
        return history


async def test_sync_client_matches_async(client, unique):
    flow_run = await client.create_flow_run(SimpleNamespace(name=unique))
    run = await client.create_task_run(_task(unique), flow_run.id, "0")
    await client.set_flow_run_state(flow_run.id, states.Running())
    await client.set_task_run_state(run.id, states.Running())
    await client.set_task_run_state(run.id, states.Completed())
    history = [(s.type.value, s.name) for s in await client.read_task_run_states(run.id)]
    await client.delete_task_run(run.id)
    with pytest.raises(ObjectNotFound):
        await client.read_task_run(run.id)
    history.append(("deleted", "ObjectNotFound"))
    assert await anyio.to_thread.run_sync(_sync_scenario, unique + "-sync") == history
