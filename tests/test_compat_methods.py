"""Code written for Prefect 3.8.8's ``PrefectClient`` runs unchanged on ours (issue 10).

Each test calls our clients the way Prefect's client is called (its positional
order, its keywords, Prefect's own pydantic filters, actions, schedules and
enums) and expects what Prefect's client returns (``httpx.Response`` where it
returns one).  Against the in-process server, async and sync, and against
``prefect server start`` (marked ``server``), where Prefect's own client is run
too for the cases both can do.
"""

from __future__ import annotations

import datetime
import uuid

import httpx
import pydantic
import pytest
from prefect.client.schemas import actions as pa
from prefect.client.schemas import filters as pf
from prefect.client.schemas import objects as po
from prefect.client.schemas import sorting as ps
from prefect.client.schemas.schedules import CronSchedule, IntervalSchedule
from prefect.events import Event as PrefectEvent
from prefect.events import filters as event_filters
from prefect.events.actions import DoNothing
from prefect.events.schemas.automations import AutomationCore, EventTrigger
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest import models as m
from prefect_rest.exceptions import InvalidArgument, ObjectNotFound, PrefectValidationError
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio


class Config(pydantic.BaseModel):
    """A flow parameter value that is a pydantic model, as Prefect flows often take."""

    rows: int
    when: datetime.date


# --- Prefect's own objects are accepted --------------------------------------------------


async def test_prefect_filters_and_sorts(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    run = await client.create_flow_run(_flow(unique), name=f"{unique}-run")
    by_id = pf.FlowRunFilter(id=pf.FlowRunFilterId(any_=[run.id]))
    assert [r.id for r in await client.read_flow_runs(flow_run_filter=by_id)] == [run.id]
    assert await client.count_flow_runs(flow_run_filter=by_id) == 1
    by_name = pf.FlowFilter(name=pf.FlowFilterName(any_=[unique, f"{unique}-none"]))
    flows = await client.read_flows(flow_filter=by_name, sort=ps.FlowSort.NAME_DESC)
    assert [f.id for f in flows] == [flow_id]
    tasks = await client.read_task_runs(
        flow_run_filter=by_id, sort=ps.TaskRunSort.EXPECTED_START_TIME_DESC
    )
    assert tasks == []
    deployments = await client.read_deployments(
        deployment_filter=pf.DeploymentFilter(name=pf.DeploymentFilterName(any_=[unique]))
    )
    assert deployments == []
    logs = await client.read_logs(
        log_filter=pf.LogFilter(flow_run_id=pf.LogFilterFlowRunId(any_=[run.id])),
        sort=ps.LogSort.TIMESTAMP_DESC,
    )
    assert logs == []


def test_prefect_filters_sync(sync_client, unique):
    flow_id = sync_client.create_flow_from_name(unique)
    by_name = pf.FlowFilter(name=pf.FlowFilterName(any_=[unique]))
    assert [f.id for f in sync_client.read_flows(flow_filter=by_name)] == [flow_id]
    assert sync_client.count_flows(flow_filter=by_name) == 1


async def test_prefect_actions_send_only_what_was_set(client, unique):
    pool = await client.create_work_pool(
        pa.WorkPoolCreate(name=unique, type="process", description="d", concurrency_limit=3)
    )
    assert (pool.name, pool.description, pool.concurrency_limit) == (unique, "d", 3)
    # Prefect's WorkPoolUpdate with one field set changes that field only.
    await client.update_work_pool(unique, pa.WorkPoolUpdate(description="new"))
    read = await client.read_work_pool(unique)
    assert (read.description, read.concurrency_limit) == ("new", 3)

    variable = await client.create_variable(pa.VariableCreate(name=unique, value={"a": [1]}))
    assert variable.name == unique
    await client.update_variable(pa.VariableUpdate(name=unique, value="two"))
    assert (await client.read_variable_by_name(unique)).to_dict()["value"] == "two"

    limit_id = await client.create_global_concurrency_limit(
        pa.GlobalConcurrencyLimitCreate(name=unique, limit=2)
    )
    await client.update_global_concurrency_limit(unique, pa.GlobalConcurrencyLimitUpdate(limit=4))
    read_limit = await client.read_global_concurrency_limit_by_name(unique)
    assert (read_limit.id, read_limit.limit, read_limit.active) == (limit_id, 4, True)
    await client.delete_global_concurrency_limit_by_name(unique)
    await client.delete_work_pool(unique)


async def test_prefect_deployment_objects(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    deployment_id = await client.create_deployment(
        flow_id,
        unique,
        tags=["keep"],
        schedules=[pa.DeploymentScheduleCreate(schedule=IntervalSchedule(interval=3600))],
        concurrency_limit=2,
        concurrency_options=po.ConcurrencyOptions(
            collision_strategy=po.ConcurrencyLimitStrategy.CANCEL_NEW
        ),
        parameters={"cfg": Config(rows=3, when=datetime.date(2026, 1, 2))},
    )
    deployment = await client.read_deployment(deployment_id)
    assert deployment.to_dict()["parameters"] == {"cfg": {"rows": 3, "when": "2026-01-02"}}
    assert deployment.to_dict()["concurrency_options"]["collision_strategy"] == "CANCEL_NEW"
    [schedule] = await client.read_deployment_schedules(deployment_id)
    assert schedule.to_dict()["schedule"]["interval"] == 3600

    # DeploymentUpdate(paused=True) sets paused; Prefect's defaults (tags=[]) are not sent.
    await client.update_deployment(deployment_id, pa.DeploymentUpdate(paused=True))
    deployment = await client.read_deployment(deployment_id)
    assert (deployment.paused, deployment.tags) == (True, ["keep"])

    # Prefect's (schedule, active) pairs with the options it applies to them.
    created = await client.create_deployment_schedules(
        deployment_id,
        [(CronSchedule(cron="0 5 * * *"), False)],
        5,
        {"x": 1},
        f"{unique}-slug",
    )
    [made] = created
    assert (made.active, made.max_scheduled_runs, made.slug) == (False, 5, f"{unique}-slug")
    assert made.to_dict()["parameters"] == {"x": 1}
    await client.update_deployment_schedule(
        deployment_id,
        made.id,
        True,
        IntervalSchedule(interval=600),
        max_scheduled_runs=7,
        parameters={"x": 2},
        slug=f"{unique}-new",
    )
    found = {s.id: s for s in await client.read_deployment_schedules(deployment_id)}[made.id]
    assert (found.active, found.max_scheduled_runs, found.slug) == (True, 7, f"{unique}-new")
    assert found.to_dict()["parameters"] == {"x": 2}
    assert found.to_dict()["schedule"]["interval"] == 600
    await client.delete_deployment(deployment_id)


async def test_pydantic_values_in_parameters(client, unique):
    run = await client.create_flow_run(
        _flow(unique), parameters={"cfg": Config(rows=1, when=datetime.date(2026, 3, 4))}
    )
    assert (await client.read_flow_run(run.id)).to_dict()["parameters"] == {
        "cfg": {"rows": 1, "when": "2026-03-04"}
    }
    with pytest.raises(InvalidArgument, match=r"parameters\['bad'\] must be JSON data"):
        await client.create_flow_run(_flow(unique), parameters={"bad": object()})


async def test_prefect_automation_objects(client, unique):
    automation = AutomationCore(
        name=unique,
        trigger=EventTrigger(expect={"never.happens"}, within=datetime.timedelta(seconds=30)),
        actions=[DoNothing()],
    )
    automation_id = await client.create_automation(automation)
    by_name = event_filters.AutomationFilter(name=event_filters.AutomationFilterName(any_=[unique]))
    found = await client.read_automations(automations=by_name, limit=5)
    assert [a.id for a in found] == [automation_id]
    await client.delete_automation(automation_id)


async def test_prefect_lease_holder(client, unique):
    await client.create_global_concurrency_limit({"name": unique, "limit": 1})
    holder = po.ConcurrencyLeaseHolder(type="task_run", id=uuid.uuid4())
    response = await client.increment_concurrency_slots_with_lease(
        [unique], 1, "concurrency", 60, holder
    )
    lease_id = uuid.UUID(response.json()["lease_id"])
    assert (await client.release_concurrency_slots_with_lease(lease_id)).status_code == 204
    await client.delete_global_concurrency_limit_by_name(unique)


async def test_prefect_events_and_read_deployment(client, unique):
    # An event's id and time default on Prefect's side; the API requires them: they are sent.
    event = PrefectEvent(event=f"{unique}.happened", resource={"prefect.resource.id": unique})
    await client.create_events([event])

    from prefect.client.schemas.responses import DeploymentResponse

    flow_id = await client.create_flow_from_name(unique)
    deployment_id = await client.create_deployment(flow_id, unique, tags=["a"])
    theirs = DeploymentResponse.model_validate(
        (await client.read_deployment(deployment_id)).to_dict()
    )
    theirs.description = "edited"
    await client.update_deployment(theirs)  # the 2.x call, with Prefect's read object
    deployment = await client.read_deployment(deployment_id)
    assert (deployment.description, deployment.tags) == ("edited", ["a"])
    await client.delete_deployment(deployment_id)


async def test_prefect_objects_for_blocks_artifacts_logs_events(client, unique):
    block_type = await client.create_block_type(pa.BlockTypeCreate(name=unique, slug=unique))
    schema = await client.create_block_schema(
        pa.BlockSchemaCreate(
            block_type_id=block_type.id,
            fields={"properties": {"token": {"type": "string", "format": "password"}}},
        )
    )
    prefects = pa.BlockDocumentCreate(
        name=unique,
        data={"token": pydantic.SecretStr("s3cret"), "n": 1},
        block_schema_id=schema.id,
        block_type_id=block_type.id,
    )
    document = await client.create_block_document(prefects)
    read = await client.read_block_document(document.id, include_secrets=True)
    # the data Prefect's client sends for this object (its serializer and context)
    sent = prefects.model_dump(
        mode="json", context={"include_secrets": True}, serialize_as_any=True
    )
    assert read.to_dict()["data"] == sent["data"]
    by_name = pf.BlockDocumentFilter(name=pf.BlockDocumentFilterName(any_=[unique]))
    assert [d.id for d in await client.read_block_documents(block_document_filter=by_name)] == [
        document.id
    ]
    await client.delete_block_document(document.id)
    await client.delete_block_type(block_type.id)

    artifact = await client.create_artifact(pa.ArtifactCreate(key=unique, data="one"))
    await client.update_artifact(artifact.id, pa.ArtifactUpdate(description="d"))
    by_key = pf.ArtifactFilter(key=pf.ArtifactFilterKey(any_=[unique]))
    [found] = await client.read_artifacts(artifact_filter=by_key, sort=ps.ArtifactSort.KEY_DESC)
    assert (found.id, found.description, found.data) == (artifact.id, "d", "one")

    run = await client.create_flow_run(_flow(unique))
    now = datetime.datetime.now(datetime.UTC)
    await client.create_logs(
        [pa.LogCreate(name="l", level=20, message=unique, timestamp=now, flow_run_id=run.id)]
    )
    logs = await client.read_logs(pf.LogFilter(flow_run_id=pf.LogFilterFlowRunId(any_=[run.id])))
    assert [log.message for log in logs] == [unique]

    page = await client.read_events(
        event_filters.EventFilter(event=event_filters.EventNameFilter(prefix=[unique])),
        limit=50,  # Prefect's default of 100 is refused by its own server (at most 50)
    )
    assert page.events == []
    assert isinstance(await client.count_events("day", event_filters.EventFilter()), list)


# --- Prefect's signatures --------------------------------------------------------------


async def test_create_deployment_positional_order(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    # flow_id, name, version, version_info, schedules, concurrency_limit, concurrency_options
    deployment_id = await client.create_deployment(
        flow_id,
        unique,
        "1.0",
        po.VersionInfo(type="prefect:simple", version="1.0"),
        [pa.DeploymentScheduleCreate(schedule=IntervalSchedule(interval=60))],
        3,
        {"collision_strategy": "ENQUEUE"},
    )
    deployment = await client.read_deployment(deployment_id)
    assert deployment.version == "1.0"
    assert deployment.to_dict()["global_concurrency_limit"]["limit"] == 3
    assert deployment.to_dict()["concurrency_options"]["collision_strategy"] == "ENQUEUE"
    assert len(await client.read_deployment_schedules(deployment_id)) == 1
    # branch / base / root are sent, as Prefect sends them; this server does not know them.
    with pytest.raises(PrefectValidationError, match="branch"):
        await client.create_deployment(flow_id, f"{unique}-b", branch="feature")
    await client.delete_deployment(deployment_id)


async def test_concurrency_status_positional_and_worker_heartbeat(client, unique):
    await client.create_work_pool({"name": unique, "type": "process"})
    status = await client.read_work_pool_concurrency_status(unique, 1, 10, 5)
    assert isinstance(status, m.WorkPoolConcurrencyStatus)
    queue = await client.read_work_queue_by_name("default", work_pool_name=unique)
    queue_status = await client.read_work_queue_concurrency_status(queue.id, 1, 10)
    assert isinstance(queue_status, m.WorkQueueConcurrencyStatus)

    assert await client.send_worker_heartbeat(unique, "w1", 30) is None
    worker_id = await client.send_worker_heartbeat(
        unique, "w1", 30, True, po.WorkerMetadata(integrations=[])
    )
    [worker] = await client.read_workers_for_work_pool(unique)
    assert worker_id == worker.id and isinstance(worker_id, uuid.UUID)
    await client.delete_work_pool(unique)


def test_positional_calls_sync(sync_client, unique):
    sync_client.create_work_pool({"name": unique, "type": "process"})
    assert isinstance(
        sync_client.read_work_pool_concurrency_status(unique, 1, None, 0),
        m.WorkPoolConcurrencyStatus,
    )
    worker_id = sync_client.send_worker_heartbeat(unique, "w", None, True)
    assert worker_id == sync_client.read_workers_for_work_pool(unique)[0].id
    sync_client.delete_work_pool(unique)


# --- Prefect's return values -----------------------------------------------------------


async def test_slot_methods_return_the_response(client, unique):
    await client.create_global_concurrency_limit({"name": unique, "limit": 2})
    taken = await client.increment_concurrency_slots([unique], 1, "concurrency")
    assert isinstance(taken, httpx.Response) and taken.status_code == 200
    assert [limit["name"] for limit in taken.json()] == [unique]
    leased = await client.increment_concurrency_slots_with_lease([unique], 1, "concurrency", 60)
    assert isinstance(leased, httpx.Response) and "lease_id" in leased.json()
    renewed = await client.renew_concurrency_lease(leased.json()["lease_id"], 60)
    assert isinstance(renewed, httpx.Response) and renewed.status_code == 204
    freed = await client.release_concurrency_slots_with_lease(leased.json()["lease_id"])
    assert freed.status_code == 204
    released = await client.release_concurrency_slots([unique], 1, 0.5)
    assert [limit["name"] for limit in released.json()] == [unique]
    updated = await client.update_global_concurrency_limit(unique, {"limit": 3})
    assert isinstance(updated, httpx.Response) and updated.status_code == 204
    deleted = await client.delete_global_concurrency_limit_by_name(unique)
    assert isinstance(deleted, httpx.Response) and deleted.status_code == 204

    await client.create_concurrency_limit(unique, 1)
    task_run_id = uuid.uuid4()
    v1 = await client.increment_v1_concurrency_slots([unique], task_run_id)
    assert isinstance(v1, httpx.Response) and v1.json()[0]["name"].endswith(unique)
    v1 = await client.decrement_v1_concurrency_slots([unique], task_run_id, 1.0)
    assert isinstance(v1, httpx.Response) and v1.json()[0]["name"].endswith(unique)
    await client.delete_concurrency_limit_by_tag(unique)


async def test_run_updates_return_the_response(client, unique):
    run = await client.create_flow_run(_flow(unique))
    updated = await client.update_flow_run(run.id, tags=["a"])
    assert isinstance(updated, httpx.Response) and updated.status_code == 204
    renamed = await client.set_flow_run_name(run.id, f"{unique}-x")
    assert isinstance(renamed, httpx.Response) and renamed.status_code == 204
    task_run = await client.create_task_run(_task(unique), run.id, "0")
    renamed = await client.set_task_run_name(task_run.id, f"{unique}-t")
    assert isinstance(renamed, httpx.Response) and renamed.status_code == 204
    assert (await client.read_task_run(task_run.id)).name == f"{unique}-t"


def test_returns_sync(sync_client, unique):
    run = sync_client.create_flow_run(_flow(unique))
    assert sync_client.set_flow_run_name(run.id, f"{unique}-s").status_code == 204
    sync_client.create_global_concurrency_limit({"name": unique, "limit": 1})
    assert sync_client.increment_concurrency_slots([unique], 1, "concurrency").json()
    assert sync_client.delete_global_concurrency_limit_by_name(unique).status_code == 204


async def test_request(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    response = await client.request("GET", "/flows/{id}", path_params={"id": flow_id})
    assert isinstance(response, httpx.Response) and response.json()["name"] == unique
    posted = await client.request(
        "POST", "/flows/filter", json={"flows": {"id": {"any_": [str(flow_id)]}}}
    )
    assert [f["id"] for f in posted.json()] == [str(flow_id)]
    with pytest.raises(ObjectNotFound):
        await client.request("GET", "/flows/{id}", path_params={"id": uuid.uuid4()})


# --- against `prefect server start`, next to Prefect's own client --------------------------


@pytest.mark.server
async def test_live_server_like_prefects_client(live_server_url):
    from prefect.client.orchestration import PrefectClient as PrefectsClient

    name = f"live-{uuid.uuid4().hex[:8]}"
    settings = Settings(max_retries=0)
    async with PrefectClient(live_server_url, settings=settings) as ours:  # noqa: SIM117
        async with PrefectsClient(live_server_url) as theirs:
            await _compare_with_prefects_client(ours, theirs, name)


async def _compare_with_prefects_client(ours, theirs, name):
    flow_id = await ours.create_flow_from_name(name)
    run = await ours.create_flow_run(_flow(name))
    by_id = pf.FlowRunFilter(id=pf.FlowRunFilterId(any_=[run.id]))
    assert await ours.count_flow_runs(flow_run_filter=by_id) == 1
    assert await theirs.count_flow_runs(flow_run_filter=by_id) == 1

    await ours.create_global_concurrency_limit(pa.GlobalConcurrencyLimitCreate(name=name, limit=3))
    ours_taken = await ours.increment_concurrency_slots([name], 1, "concurrency")
    theirs_taken = await theirs.increment_concurrency_slots([name], 1, "concurrency")
    assert isinstance(ours_taken, httpx.Response) and isinstance(theirs_taken, httpx.Response)
    assert ours_taken.json()[0].keys() == theirs_taken.json()[0].keys()
    assert (await ours.delete_global_concurrency_limit_by_name(name)).status_code == 204

    await ours.create_work_pool(pa.WorkPoolCreate(name=name, type="process"))
    ours_status = await ours.read_work_pool_concurrency_status(name, 1, 10, 5)
    theirs_status = await theirs.read_work_pool_concurrency_status(name, 1, 10, 5)
    assert ours_status.to_dict().keys() == theirs_status.model_dump(mode="json").keys()
    # Prefect's client returns None from this server; ours reads the id back.
    assert await theirs.send_worker_heartbeat(name, "w", 30, True) is None
    worker_id = await ours.send_worker_heartbeat(name, "w", 30, True)
    # (Prefect's read_workers_for_work_pool sends "limit": null, which FastAPI 0.154 refuses.)
    assert worker_id == (await ours.read_workers_for_work_pool(name))[0].id
    await ours.delete_work_pool(name)
    await ours.delete_flow(flow_id)


@pytest.mark.server
def test_live_server_sync(live_server_url):
    name = f"live-{uuid.uuid4().hex[:8]}"
    with SyncPrefectClient(live_server_url) as client:
        flow_id = client.create_flow_from_name(name)
        flows = client.read_flows(flow_filter=pf.FlowFilter(id=pf.FlowFilterId(any_=[flow_id])))
        assert [f.id for f in flows] == [flow_id]
        response = client.request("DELETE", "/flows/{id}", path_params={"id": flow_id})
        assert response.status_code == 204


# --- helpers ---------------------------------------------------------------------------


class _flow:
    """Enough of a Prefect ``@flow`` for ``create_flow_run``."""

    def __init__(self, name: str) -> None:
        self.name = name


class _task:
    """Enough of a Prefect ``@task`` for ``create_task_run``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.task_key = name
        self.tags: set[str] = set()


def test_request_path_params_are_one_segment_each(sync_client, unique):
    """Prefect's ``request(path_params=)``: a ``..`` value must not reach the parent resource."""
    flow_id = sync_client.create_flow_from_name(unique)
    path = "/flows/{id}/{rest}"
    for bad in ("..", ".", "", "%2e%2E"):
        with pytest.raises(InvalidArgument, match="path segment"):
            sync_client.request("DELETE", path, path_params={"id": flow_id, "rest": bad})
    assert sync_client.read_flow(flow_id).name == unique  # still there
    answer = sync_client.request("GET", "/flows/{id}", path_params={"id": flow_id})
    assert answer.json()["name"] == unique
