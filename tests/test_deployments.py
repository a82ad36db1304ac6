"""Deployment methods against the in-process server, async and sync."""

from __future__ import annotations

import datetime
import uuid

import pytest
from prefect_rest import models as m
from prefect_rest import states
from prefect_rest.exceptions import (
    EndpointRemoved,
    InvalidArgument,
    ObjectNotFound,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def dc(client):
    """This file's name for the conftest async client."""
    return client


@pytest.fixture
def sdc(sync_client):
    """This file's name for the conftest sync client."""
    return sync_client


INTERVAL = m.IntervalSchedule(interval=3600)
CRON = m.CronSchedule(cron="0 9 * * *", timezone="UTC")


async def test_create_read_update_delete(dc, unique):
    flow_id = await dc.create_flow_from_name(unique)
    dep_id = await dc.create_deployment(
        flow_id,
        "dep",
        version="1.0",
        parameters={"x": 1},
        description="first",
        tags=["a", "b"],
        concurrency_limit=3,
        entrypoint="flows.py:main",
        path="/srv",
        enforce_parameter_schema=False,
        job_variables={"env": {"K": "V"}},
        pull_steps=[{"prefect.deployments.steps.set_working_directory": {"directory": "/"}}],
    )
    assert isinstance(dep_id, uuid.UUID)
    dep = await dc.read_deployment(dep_id)
    assert isinstance(dep, m.DeploymentResponse)
    assert (dep.id, dep.flow_id, dep.name, dep.version) == (dep_id, flow_id, "dep", "1.0")
    assert dep.parameters == {"x": 1}
    assert dep.description == "first"
    assert sorted(dep.tags) == ["a", "b"]
    # The server keeps the limit as a global concurrency limit; the response's
    # own `concurrency_limit` field stays null.
    assert dep.global_concurrency_limit.limit == 3
    assert (dep.entrypoint, dep.path) == ("flows.py:main", "/srv")
    assert dep.enforce_parameter_schema is False
    assert dep.job_variables == {"env": {"K": "V"}}
    assert dep.paused is False
    assert dep.schedules == []

    by_name = await dc.read_deployment_by_name(f"{unique}/dep")
    assert by_name.id == dep_id

    await dc.update_deployment(dep_id, m.DeploymentUpdate(description="second"))
    dep = await dc.read_deployment(dep_id)
    assert dep.description == "second"
    assert dep.version == "1.0"  # unset fields are not sent, so kept

    await dc.update_deployment(dep_id, {"tags": ["c"]})
    assert (await dc.read_deployment(dep_id)).tags == ["c"]

    # 2.x style: send a read deployment back with changes.
    dep = await dc.read_deployment(dep_id)
    dep.version = "2.0"
    await dc.update_deployment(dep)
    dep = await dc.read_deployment(dep_id)
    assert (dep.version, dep.description, dep.tags) == ("2.0", "second", ["c"])
    assert dep.global_concurrency_limit.limit == 3  # not cleared by the read-back null

    await dc.delete_deployment(dep_id)
    with pytest.raises(ObjectNotFound) as info:
        await dc.read_deployment(dep_id)
    assert "read_deployment" in str(info.value)
    with pytest.raises(ObjectNotFound):
        await dc.read_deployment_by_name(f"{unique}/dep")


async def test_create_same_name_updates(dc, unique):
    flow_id = await dc.create_flow_from_name(unique)
    first = await dc.create_deployment(flow_id, "dep", description="one")
    again = await dc.create_deployment(flow_id, "dep", description="two")
    assert again == first
    assert (await dc.read_deployment(first)).description == "two"


async def test_read_count_iter_deployments(dc, unique):
    flow_id = await dc.create_flow_from_name(unique)
    ids = [await dc.create_deployment(flow_id, f"d{i}", tags=[unique]) for i in range(3)]
    dep_filter = m.DeploymentFilter.from_dict({"tags": {"all_": [unique]}})
    deps = await dc.read_deployments(deployment_filter=dep_filter, sort=m.DeploymentSort.NAME_ASC)
    assert [d.name for d in deps] == ["d0", "d1", "d2"]
    assert [d.id for d in deps] == ids
    limited = await dc.read_deployments(
        deployment_filter=dep_filter, sort=m.DeploymentSort.NAME_ASC, limit=1, offset=1
    )
    assert [d.name for d in limited] == ["d1"]
    by_flow = await dc.read_deployments(flow_filter={"id": {"any_": [str(flow_id)]}})
    assert {d.id for d in by_flow} == set(ids)
    assert await dc.count_deployments(deployment_filter=dep_filter) == 3
    assert await dc.count_deployments(flow_filter={"name": {"any_": [unique]}}) == 3
    paged = [d.id async for d in dc.iter_deployments(deployment_filter=dep_filter, page_size=2)]
    assert sorted(paged) == sorted(ids)


async def test_pause_and_resume(dc, unique):
    flow_id = await dc.create_flow_from_name(unique)
    dep_id = await dc.create_deployment(flow_id, "dep", paused=True)
    assert (await dc.read_deployment(dep_id)).paused is True
    await dc.resume_deployment(dep_id)
    assert (await dc.read_deployment(dep_id)).paused is False
    await dc.pause_deployment(dep_id)
    assert (await dc.read_deployment(dep_id)).paused is True
    await dc.set_deployment_paused_state(dep_id, False)
    assert (await dc.read_deployment(dep_id)).paused is False
    await dc.set_deployment_paused_state(dep_id, True)
    assert (await dc.read_deployment(dep_id)).paused is True
    with pytest.raises(InvalidArgument, match="paused must be a bool"):
        await dc.set_deployment_paused_state(dep_id, "yes")
    with pytest.raises(EndpointRemoved, match="pause_deployment / resume_deployment"):
        await dc.update_schedule(dep_id, active=False)


async def test_schedules(dc, unique):
    flow_id = await dc.create_flow_from_name(unique)
    dep_id = await dc.create_deployment(
        flow_id, "dep", schedules=[m.DeploymentScheduleCreate(schedule=INTERVAL, active=False)]
    )
    dep = await dc.read_deployment(dep_id)
    [sched] = dep.schedules
    assert isinstance(sched, m.DeploymentSchedule)
    assert isinstance(sched.schedule, m.IntervalSchedule)
    assert sched.schedule.interval == datetime.timedelta(hours=1)
    assert sched.active is False

    created = await dc.create_deployment_schedules(dep_id, [(CRON, True), (INTERVAL, False)])
    assert [type(s.schedule) for s in created] == [m.CronSchedule, m.IntervalSchedule]
    assert [s.active for s in created] == [True, False]
    assert created[0].schedule.cron == "0 9 * * *"
    assert created[0].schedule.timezone == "UTC"
    cron_id = created[0].id

    schedules = await dc.read_deployment_schedules(dep_id)
    assert len(schedules) == 3
    assert {s.id for s in schedules} >= {c.id for c in created}

    await dc.update_deployment_schedule(dep_id, cron_id, active=False)
    await dc.update_deployment_schedule(
        dep_id, cron_id, schedule={"cron": "30 6 * * 1", "timezone": "UTC"}
    )
    [cron] = [s for s in await dc.read_deployment_schedules(dep_id) if s.id == cron_id]
    assert cron.active is False
    assert cron.schedule.cron == "30 6 * * 1"

    await dc.delete_deployment_schedule(dep_id, cron_id)
    left = await dc.read_deployment_schedules(dep_id)
    assert cron_id not in {s.id for s in left} and len(left) == 2
    with pytest.raises(ObjectNotFound):
        await dc.delete_deployment_schedule(dep_id, cron_id)

    with pytest.raises(InvalidArgument, match="schedules must be an IntervalSchedule"):
        await dc.create_deployment_schedules(dep_id, [{"every": 5}])
    with pytest.raises(InvalidArgument, match="schedules must be a list"):
        await dc.create_deployment_schedules(dep_id, INTERVAL)
    with pytest.raises(InvalidArgument, match=r"schedules must be a \(schedule, active"):
        await dc.create_deployment_schedules(dep_id, [(INTERVAL, "yes")])


async def test_flow_runs_from_deployment(dc, unique):
    flow_id = await dc.create_flow_from_name(unique)
    dep_id = await dc.create_deployment(flow_id, "dep", parameters={"x": 1, "y": 2}, tags=["dep"])
    run = await dc.create_flow_run_from_deployment(
        dep_id, parameters={"y": 3}, name="my-run", tags=["run"]
    )
    assert isinstance(run, m.FlowRunResponse)
    assert (run.deployment_id, run.flow_id, run.name) == (dep_id, flow_id, "my-run")
    assert run.parameters == {"x": 1, "y": 3}
    assert set(run.tags) == {"dep", "run"}
    assert run.state.type == m.StateType.SCHEDULED
    assert run.state.state_details.scheduled_time is not None

    keyed = await dc.create_flow_run_from_deployment(dep_id, idempotency_key=unique)
    again = await dc.create_flow_run_from_deployment(dep_id, idempotency_key=unique)
    assert keyed.id == again.id != run.id

    pending = await dc.create_flow_run_from_deployment(
        dep_id, state=m.StateCreate(type=m.StateType.PENDING, name="Pending")
    )
    assert pending.state.type == m.StateType.PENDING
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    tomorrow = await dc.create_flow_run_from_deployment(dep_id, state=states.Scheduled(later))
    assert tomorrow.state.state_details.scheduled_time == later
    from_dict = await dc.create_flow_run_from_deployment(dep_id, state={"type": "SCHEDULED"})
    assert from_dict.state.type == m.StateType.SCHEDULED
    with pytest.raises(InvalidArgument, match="state must be"):
        await dc.create_flow_run_from_deployment(dep_id, state=42)

    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)
    scheduled = await dc.get_scheduled_flow_runs_for_deployments([dep_id], scheduled_before=soon)
    assert {r.id for r in scheduled} == {run.id, keyed.id, from_dict.id}
    assert all(isinstance(r, m.FlowRunResponse) for r in scheduled)
    assert len(await dc.get_scheduled_flow_runs_for_deployments([dep_id], limit=1)) == 1
    assert await dc.get_scheduled_flow_runs_for_deployments([uuid.uuid4()]) == []

    with pytest.raises(ObjectNotFound):
        await dc.create_flow_run_from_deployment(uuid.uuid4())


async def test_deployment_in_work_pool(dc, unique):
    await dc.create_work_pool(m.WorkPoolCreate(name=unique, type="process"))
    flow_id = await dc.create_flow_from_name(unique)
    dep_id = await dc.create_deployment(flow_id, "dep", work_pool_name=unique, work_queue_name="q1")
    dep = await dc.read_deployment(dep_id)
    assert (dep.work_pool_name, dep.work_queue_name) == (unique, "q1")
    pool_filter = m.WorkPoolFilter.from_dict({"name": {"any_": [unique]}})
    assert [d.id for d in await dc.read_deployments(work_pool_filter=pool_filter)] == [dep_id]
    queue_filter = {"name": {"any_": ["q1"]}}
    assert (
        await dc.count_deployments(work_pool_filter=pool_filter, work_queue_filter=queue_filter)
        == 1
    )
    run = await dc.create_flow_run_from_deployment(dep_id, work_queue_name="q2")
    assert run.work_queue_name == "q2" and run.work_pool_name == unique


async def test_bad_arguments_are_rejected_before_sending(dc):
    with pytest.raises(InvalidArgument, match="deployment_id must be a UUID"):
        await dc.read_deployment("nope")
    with pytest.raises(InvalidArgument, match="flow_id must be a UUID"):
        await dc.create_deployment("nope", "dep")
    with pytest.raises(InvalidArgument, match="name must be a non-empty string"):
        await dc.create_deployment(uuid.uuid4(), "")
    with pytest.raises(InvalidArgument, match="name must be '<flow name>/<deployment name>'"):
        await dc.read_deployment_by_name("no-slash")
    with pytest.raises(InvalidArgument, match="name must be"):
        await dc.read_deployment_by_name("a/b/c")
    with pytest.raises(InvalidArgument, match="job_variables or infra_overrides"):
        await dc.create_deployment(uuid.uuid4(), "d", job_variables={}, infra_overrides={})
    with pytest.raises(InvalidArgument, match="deployment must be"):
        await dc.update_deployment(uuid.uuid4(), 5)
    with pytest.raises(InvalidArgument, match="deployment must be"):
        await dc.update_deployment(uuid.uuid4())
    with pytest.raises(InvalidArgument, match="schedule_id must be a UUID"):
        await dc.update_deployment_schedule(uuid.uuid4(), "x", active=True)
    with pytest.raises(InvalidArgument, match="deployment_ids must be a list"):
        await dc.get_scheduled_flow_runs_for_deployments(str(uuid.uuid4()))
    with pytest.raises(InvalidArgument, match="scheduled_before must be a datetime"):
        await dc.get_scheduled_flow_runs_for_deployments([], scheduled_before="now")
    with pytest.raises(EndpointRemoved, match="create_deployment"):
        await dc.create_deployment_branch(uuid.uuid4(), "feature")
    with pytest.raises(EndpointRemoved, match=r"apply-resource-slas.*create_automation"):
        await dc.apply_slas_for_deployment(uuid.uuid4(), [])


async def test_infra_overrides_and_single_schedule(dc, unique):
    flow_id = await dc.create_flow_from_name(unique)
    dep_id = await dc.create_deployment(
        flow_id, "dep", infra_overrides={"image": "x"}, schedule=CRON
    )
    dep = await dc.read_deployment(dep_id)
    assert dep.job_variables == {"image": "x"}
    [sched] = dep.schedules
    assert sched.schedule.cron == "0 9 * * *" and sched.active is True


def test_sync_client_matches_async(sdc, unique):
    flow_id = sdc.create_flow_from_name(unique)
    dep_id = sdc.create_deployment(
        flow_id, "dep", tags=[unique], schedules=[(INTERVAL, True)], paused=True
    )
    dep = sdc.read_deployment(dep_id)
    assert (dep.name, dep.paused, dep.tags) == ("dep", True, [unique])
    assert sdc.read_deployment_by_name(f"{unique}/dep").id == dep_id
    dep_filter = {"tags": {"all_": [unique]}}
    assert [d.id for d in sdc.iter_deployments(deployment_filter=dep_filter)] == [dep_id]
    assert sdc.count_deployments(deployment_filter=dep_filter) == 1
    [sched] = sdc.read_deployment_schedules(dep_id)
    assert sched.schedule.interval == datetime.timedelta(hours=1) and sched.active is True
    sdc.resume_deployment(dep_id)
    assert sdc.read_deployment(dep_id).paused is False
    run = sdc.create_flow_run_from_deployment(dep_id, idempotency_key=unique)
    assert sdc.create_flow_run_from_deployment(dep_id, idempotency_key=unique).id == run.id
    sdc.delete_deployment(dep_id)
    with pytest.raises(ObjectNotFound):
        sdc.read_deployment(dep_id)
