"""Flow run methods against the in-process server, async and sync."""

from __future__ import annotations

import datetime
import os
import uuid
from types import SimpleNamespace

import anyio
import pytest
from prefect_rest import SyncPrefectClient, states
from prefect_rest import models as m
from prefect_rest.exceptions import InvalidArgument, ObjectNotFound, PrefectHTTPStatusError
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio

LATER = datetime.datetime(2031, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)


async def test_create_read_delete_flow_run(client, unique):
    flow = SimpleNamespace(name=unique, version="1.2", retries=3, retry_delay_seconds=7.5)
    run = await client.create_flow_run(
        flow,
        name=f"{unique}-run",
        parameters={"x": 1, "when": LATER},
        context={"c": True},
        tags=("a", "b"),
    )
    assert isinstance(run, m.FlowRunResponse)
    assert run.flow_id == (await client.read_flow_by_name(unique)).id
    assert run.name == f"{unique}-run"
    assert run.flow_version == "1.2"
    assert run.parameters == {"x": 1, "when": LATER}  # the caller's objects, as Prefect's
    assert run.to_dict()["parameters"] == {"x": 1, "when": "2031-01-02T03:04:05Z"}
    assert run.context == {"c": True}
    assert sorted(run.tags) == ["a", "b"]
    assert (run.state.type, run.state.name) == (m.StateType.PENDING, "Pending")
    assert (run.empirical_policy.retries, run.empirical_policy.retry_delay) == (3, 7)

    read = await client.read_flow_run(str(run.id))
    assert (read.id, read.name, read.flow_id) == (run.id, run.name, run.flow_id)

    await client.delete_flow_run(run.id)
    with pytest.raises(ObjectNotFound) as info:
        await client.read_flow_run(run.id)
    assert "read_flow_run" in str(info.value) and "404" in str(info.value)
    with pytest.raises(ObjectNotFound, match="delete_flow_run"):
        await client.delete_flow_run(run.id)


async def test_create_with_state_and_parent(client, unique):
    parent = await client.create_flow_run(SimpleNamespace(name=unique))
    placeholder = await client.create_task_run(SimpleNamespace(name=unique), parent.id, "0")
    run = await client.create_flow_run(
        SimpleNamespace(name=unique),
        state=states.Scheduled(LATER),
        tags=[],
        parent_task_run_id=str(placeholder.id),
    )
    assert (run.state.type, run.state.name) == (m.StateType.SCHEDULED, "Scheduled")
    assert run.state.state_details.scheduled_time == LATER
    assert run.name  # the server makes one up
    assert run.flow_version is None and run.tags == []
    assert run.parent_task_run_id == placeholder.id
    assert parent.parent_task_run_id is None
    children = await client.read_flow_runs(
        flow_run_filter={"parent_task_run_id": {"any_": [placeholder.id]}}
    )
    assert [r.id for r in children] == [run.id]


async def test_update_and_rename(client, unique):
    # the server lets job variables change only before the run is pending
    run = await client.create_flow_run(
        SimpleNamespace(name=unique), tags=["old"], state=states.Scheduled(LATER)
    )
    response = await client.update_flow_run(
        run.id,
        flow_version="9",
        parameters={"p": [1, 2]},
        tags=["new"],
        empirical_policy={"retries": 2, "retry_delay": 1},
        infrastructure_pid="pid-1",
    )
    assert response.status_code == 204  # the response, as Prefect's client returns
    read = await client.read_flow_run(run.id)
    assert read.flow_version == "9"
    assert read.parameters == {"p": [1, 2]}
    assert read.tags == ["new"]
    assert read.empirical_policy.retries == 2
    assert read.infrastructure_pid == "pid-1"
    # job variables belong to deployment runs: the server says so
    with pytest.raises(PrefectHTTPStatusError, match="deployment") as info:
        await client.update_flow_run(run.id, job_variables={"image": "x"})
    assert info.value.status_code == 400
    assert (await client.set_flow_run_name(run.id, f"{unique}-renamed")).status_code == 204
    assert (await client.read_flow_run(run.id)).name == f"{unique}-renamed"


async def test_read_count_and_iter_flow_runs(client, unique):
    ids = []
    for i in range(3):
        run = await client.create_flow_run(SimpleNamespace(name=unique), name=f"{unique}-{i}")
        ids.append(run.id)
    flow_filter = m.FlowFilter.from_dict({"name": {"any_": [unique]}})
    runs = await client.read_flow_runs(flow_filter=flow_filter, sort=m.FlowRunSort.NAME_DESC)
    assert [r.name for r in runs] == [f"{unique}-{i}" for i in (2, 1, 0)]
    page = await client.read_flow_runs(
        flow_run_filter={"id": {"any_": ids}}, sort="NAME_ASC", limit=1, offset=1
    )
    assert [r.name for r in page] == [f"{unique}-1"]
    assert await client.count_flow_runs(flow_filter=flow_filter) == 3
    assert await client.count_flow_runs(flow_run_filter={"name": {"any_": [f"{unique}-0"]}}) == 1
    assert (
        await client.count_flow_runs(
            flow_filter=flow_filter, flow_run_filter={"state": {"type": {"any_": ["RUNNING"]}}}
        )
        == 0
    )
    paged = [r.id async for r in client.iter_flow_runs(flow_filter=flow_filter, page_size=2)]
    assert sorted(paged) == sorted(ids)
    none = await client.read_flow_runs(
        flow_filter=flow_filter,
        task_run_filter={"id": {"any_": [str(uuid.uuid4())]}},
    )
    assert none == []


async def test_states_pending_running_completed(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    running = await client.set_flow_run_state(run.id, states.Running())
    assert isinstance(running, m.OrchestrationResult)
    assert running.status is m.SetStateStatus.ACCEPT
    assert (running.state.type, running.state.name) == (m.StateType.RUNNING, "Running")
    assert running.state.state_details.flow_run_id == run.id
    # going back to PENDING from RUNNING is refused unless forced
    refused = await client.set_flow_run_state(run.id, states.Pending())
    assert refused.status is m.SetStateStatus.ABORT
    assert (await client.read_flow_run(run.id)).state.type is m.StateType.RUNNING
    done = await client.set_flow_run_state(str(run.id), states.Completed(message="ok"))
    assert done.status is m.SetStateStatus.ACCEPT
    assert done.state.type is m.StateType.COMPLETED

    history = await client.read_flow_run_states(run.id)
    assert all(isinstance(s, m.State) for s in history)
    assert [(s.type.value, s.name) for s in history] == [
        ("PENDING", "Pending"),
        ("RUNNING", "Running"),
        ("COMPLETED", "Completed"),
    ]
    assert history[-1].message == "ok"
    one = await client.read_flow_run_state(done.state.id)
    assert (one.id, one.type, one.message) == (done.state.id, m.StateType.COMPLETED, "ok")
    read = await client.read_flow_run(run.id)
    assert read.state.type is m.StateType.COMPLETED and read.state_id == done.state.id

    forced = await client.set_flow_run_state(run.id, states.Pending(), force=True)
    assert forced.status is m.SetStateStatus.ACCEPT
    assert (await client.read_flow_run(run.id)).state.type is m.StateType.PENDING

    with pytest.raises(ObjectNotFound):
        await client.read_flow_run_state(uuid.uuid4())
    with pytest.raises(ObjectNotFound, match="set_flow_run_state"):
        await client.set_flow_run_state(uuid.uuid4(), states.Running())


async def test_pause_and_resume(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    not_paused = await client.resume_flow_run(run.id)
    assert not_paused.status is m.SetStateStatus.ABORT
    await client.set_flow_run_state(run.id, states.Running())
    paused = await client.set_flow_run_state(run.id, states.Paused(pause_expiration_time=LATER))
    assert paused.status is m.SetStateStatus.ACCEPT
    assert paused.state.type is m.StateType.PAUSED
    resumed = await client.resume_flow_run(run.id)
    assert isinstance(resumed, m.OrchestrationResult)
    assert resumed.status is m.SetStateStatus.ACCEPT
    assert (resumed.state.type, resumed.state.name) == (m.StateType.RUNNING, "Running")


async def test_flow_run_inputs(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    assert await client.create_flow_run_input(run.id, "answer-1", '{"a": 1}', sender="me") is None
    await client.create_flow_run_input(run.id, "answer-2", "plain")
    await client.create_flow_run_input(run.id, "other", "x")
    assert await client.read_flow_run_input(run.id, "answer-1") == '{"a": 1}'
    assert await client.read_flow_run_input(run.id, "answer-2") == "plain"

    found = await client.filter_flow_run_input(run.id, "answer", limit=10)
    assert all(isinstance(i, m.FlowRunInput) for i in found)
    assert sorted((i.key, i.value) for i in found) == [
        ("answer-1", '{"a": 1}'),
        ("answer-2", "plain"),
    ]
    assert {i.sender for i in found if i.key == "answer-1"} == {"me"}
    kept = await client.filter_flow_run_input(run.id, "answer", 10, {"answer-1"})
    assert [i.key for i in kept] == ["answer-2"]

    assert await client.delete_flow_run_input(run.id, "answer-1") is None
    with pytest.raises(ObjectNotFound) as info:
        await client.read_flow_run_input(run.id, "answer-1")
    assert "read_flow_run_input" in str(info.value)
    with pytest.raises(InvalidArgument, match="key must be a string of lowercase"):
        await client.create_flow_run_input(run.id, "Bad Key", "x")
    with pytest.raises(InvalidArgument, match="value must be a string"):
        await client.create_flow_run_input(run.id, "ok", {"a": 1})


async def test_update_labels(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    assert await client.update_flow_run_labels(run.id, {"team": "data", "tier": 1}) is None
    await client.update_flow_run_labels(run.id, {"team": "ops"})
    labels = (await client.read_flow_run(run.id)).labels
    assert labels["team"] == "ops" and labels["tier"] == 1
    assert labels["prefect.flow.id"] == str(run.flow_id)


async def test_bad_arguments_are_rejected_before_sending(client):
    with pytest.raises(InvalidArgument, match="flow_run_id must be a UUID"):
        await client.read_flow_run("not-a-uuid")
    with pytest.raises(InvalidArgument, match="flow must be"):
        await client.create_flow_run(object())
    with pytest.raises(InvalidArgument, match="tags must be an iterable of strings"):
        await client.create_flow_run(SimpleNamespace(name="x"), tags="abc")
    with pytest.raises(InvalidArgument, match="parameters must be a dict"):
        await client.create_flow_run(SimpleNamespace(name="x"), parameters=[1])
    with pytest.raises(InvalidArgument, match="state"):
        await client.create_flow_run(SimpleNamespace(name="x"), state="RUNNING")
    with pytest.raises(InvalidArgument, match="sort must be a FlowRunSort"):
        await client.read_flow_runs(sort="BOGUS")
    with pytest.raises(InvalidArgument, match="limit must be a non-negative int"):
        await client.read_flow_runs(limit=-1)
    with pytest.raises(InvalidArgument, match="flow_run_filter must be a FlowRunFilter"):
        await client.count_flow_runs(flow_run_filter="x")
    with pytest.raises(InvalidArgument, match="page_size must be a positive int"):
        [r async for r in client.iter_flow_runs(page_size=0)]
    with pytest.raises(InvalidArgument, match="force must be a bool"):
        await client.set_flow_run_state(uuid.uuid4(), states.Running(), force="yes")
    with pytest.raises(InvalidArgument, match="labels must be a dict"):
        await client.update_flow_run_labels(uuid.uuid4(), ["a"])
    with pytest.raises(InvalidArgument, match="name must be a non-empty string"):
        await client.set_flow_run_name(uuid.uuid4(), "")


def _sync_scenario(flow_name: str) -> list[tuple[str, str]]:
    with SyncPrefectClient(
        os.environ.get("PREFECT_REST_TEST_API_URL") or None,
        settings=Settings(max_retries=4, retry_base_delay=0.05),
    ) as c:
        run = c.create_flow_run(SimpleNamespace(name=flow_name), name=f"{flow_name}-r")
        c.set_flow_run_state(run.id, states.Running())
        c.set_flow_run_state(run.id, states.Completed())
        c.create_flow_run_input(run.id, "k", "v")
        assert c.read_flow_run_input(run.id, "k") == "v"
        assert [r.id for r in c.iter_flow_runs(flow_filter={"name": {"any_": [flow_name]}})] == [
            run.id
        ]
        assert c.count_flow_runs(flow_filter={"name": {"any_": [flow_name]}}) == 1
        history = [(s.type.value, s.name) for s in c.read_flow_run_states(run.id)]
        c.delete_flow_run(run.id)
        try:
            c.read_flow_run(run.id)
        except ObjectNotFound:
            history.append(("deleted", "ObjectNotFound"))
        return history


async def test_sync_client_matches_async(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique), name=f"{unique}-r")
    await client.set_flow_run_state(run.id, states.Running())
    await client.set_flow_run_state(run.id, states.Completed())
    history = [(s.type.value, s.name) for s in await client.read_flow_run_states(run.id)]
    await client.delete_flow_run(run.id)
    with pytest.raises(ObjectNotFound):
        await client.read_flow_run(run.id)
    history.append(("deleted", "ObjectNotFound"))
    assert await anyio.to_thread.run_sync(_sync_scenario, unique + "-sync") == history
