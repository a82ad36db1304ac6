"""The generated endpoint functions against the real in-process Prefect server.

Every call goes through ``prefect_rest_api.api.<tag>.<operation>`` directly
(no facade): create, read, filter, update and delete of each resource, with
the decoded types and values checked, and a read after delete answering 404
both ways (``sync_detailed`` status, ``sync`` raising ``UnexpectedStatus``).
The in-process database is shared by the test process, so names are unique.
"""

from __future__ import annotations

import datetime
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from uuid import UUID

import anyio
import httpx
import pytest
from prefect_rest.inprocess import EPHEMERAL_BASE_URL, async_transport, sync_transport
from prefect_rest_api.api.artifacts import (
    create_artifact,
    delete_artifact,
    read_artifact,
    read_artifacts,
    update_artifact,
)
from prefect_rest_api.api.automations import (
    create_automation,
    delete_automation,
    patch_automation,
    read_automation,
    read_automations,
    update_automation,
)
from prefect_rest_api.api.block_documents import (
    create_block_document,
    delete_block_document,
    read_block_document_by_id,
    read_block_documents,
    update_block_document_data,
)
from prefect_rest_api.api.block_schemas import (
    create_block_schema,
    delete_block_schema,
    read_block_schema_by_checksum,
    read_block_schema_by_id,
    read_block_schemas,
)
from prefect_rest_api.api.block_types import (
    create_block_type,
    delete_block_type,
    read_block_type_by_id,
    read_block_type_by_slug,
    read_block_types,
    update_block_type,
)
from prefect_rest_api.api.concurrency_limits import (
    create_concurrency_limit,
    delete_concurrency_limit,
    read_concurrency_limit,
    read_concurrency_limit_by_tag,
    read_concurrency_limits,
)
from prefect_rest_api.api.concurrency_limits_v2 import (
    create_concurrency_limit_v2,
    delete_concurrency_limit_v2,
    read_all_concurrency_limits_v2,
    read_concurrency_limit_v2,
    update_concurrency_limit_v2,
)
from prefect_rest_api.api.deployments import (
    create_deployment,
    create_deployment_schedules,
    delete_deployment,
    read_deployment,
    read_deployment_by_name,
    read_deployment_schedules,
    read_deployments,
    update_deployment,
)
from prefect_rest_api.api.flow_runs import (
    create_flow_run,
    delete_flow_run,
    read_flow_run,
    read_flow_runs,
    set_flow_run_state,
    update_flow_run,
)
from prefect_rest_api.api.flows import (
    create_flow,
    delete_flow,
    read_flow,
    read_flow_by_name,
    read_flows,
    update_flow,
)
from prefect_rest_api.api.logs import create_logs, read_logs
from prefect_rest_api.api.task_runs import (
    create_task_run,
    delete_task_run,
    read_task_run,
    read_task_runs,
    update_task_run,
)
from prefect_rest_api.api.variables import (
    create_variable,
    delete_variable,
    read_variable,
    read_variable_by_name,
    read_variables,
    update_variable,
)
from prefect_rest_api.api.work_pools import (
    create_work_pool,
    delete_work_pool,
    delete_worker,
    read_work_pool,
    read_work_pools,
    read_workers,
    update_work_pool,
    worker_heartbeat,
)
from prefect_rest_api.api.work_pools import create_work_queue as create_pool_queue
from prefect_rest_api.api.work_pools import read_work_queue as read_pool_queue
from prefect_rest_api.api.work_queues import (
    create_work_queue,
    delete_work_queue,
    read_work_queue,
    read_work_queue_by_name,
    read_work_queues,
    update_work_queue,
)
from prefect_rest_api.client import Client
from prefect_rest_api.errors import UnexpectedStatus
from prefect_rest_api.models import (
    Artifact,
    ArtifactCreate,
    ArtifactFilter,
    ArtifactFilterKey,
    ArtifactUpdate,
    Automation,
    AutomationCreate,
    AutomationFilter,
    AutomationFilterName,
    AutomationPartialUpdate,
    AutomationUpdate,
    BlockDocument,
    BlockDocumentCreate,
    BlockDocumentFilter,
    BlockDocumentFilterName,
    BlockDocumentUpdate,
    BlockSchema,
    BlockSchemaCreate,
    BlockSchemaFilter,
    BlockSchemaFilterBlockTypeId,
    BlockType,
    BlockTypeCreate,
    BlockTypeFilter,
    BlockTypeFilterName,
    BlockTypeUpdate,
    ConcurrencyLimit,
    ConcurrencyLimitCreate,
    ConcurrencyLimitV2,
    ConcurrencyLimitV2Create,
    ConcurrencyLimitV2Update,
    DeploymentCreate,
    DeploymentFilter,
    DeploymentFilterName,
    DeploymentResponse,
    DeploymentSchedule,
    DeploymentScheduleCreate,
    DeploymentUpdate,
    DoNothing,
    EventTrigger,
    EventTriggerPosture,
    Flow,
    FlowCreate,
    FlowFilter,
    FlowFilterName,
    FlowRunCreate,
    FlowRunFilter,
    FlowRunFilterName,
    FlowRunResponse,
    FlowRunUpdate,
    FlowUpdate,
    GlobalConcurrencyLimitResponse,
    IntervalSchedule,
    Log,
    LogCreate,
    LogFilter,
    LogFilterFlowRunId,
    OrchestrationResult,
    ReadAllConcurrencyLimitsV2Body,
    ReadArtifactsBody,
    ReadAutomationsBody,
    ReadBlockDocumentsBody,
    ReadBlockSchemasBody,
    ReadBlockTypesBody,
    ReadConcurrencyLimitsBody,
    ReadDeploymentsBody,
    ReadFlowRunsBody,
    ReadFlowsBody,
    ReadLogsBody,
    ReadTaskRunsBody,
    ReadVariablesBody,
    ReadWorkPoolsBody,
    ReadWorkQueuesBody,
    SetFlowRunStateBody,
    StateCreate,
    StateType,
    TaskRun,
    TaskRunCreate,
    TaskRunFilter,
    TaskRunFilterName,
    TaskRunUpdate,
    Variable,
    VariableCreate,
    VariableFilter,
    VariableFilterName,
    VariableUpdate,
    WorkerHeartbeatBody,
    WorkerResponse,
    WorkPoolCreate,
    WorkPoolFilter,
    WorkPoolFilterName,
    WorkPoolResponse,
    WorkPoolUpdate,
    WorkQueueCreate,
    WorkQueueFilter,
    WorkQueueFilterName,
    WorkQueueResponse,
    WorkQueueUpdate,
)
from prefect_rest_api.types import UNSET, Response

#: SQLite under a loaded machine makes the server answer 503 ("retryable") now
#: and then; the generated functions do not retry, so the test transport does.
RETRIES = 5


class _Retry503(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in range(RETRIES):
            response = self.inner.handle_request(request)
            if response.status_code != 503 or attempt == RETRIES - 1:
                return response
            response.read()
            response.close()
            time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")


class _AsyncRetry503(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in range(RETRIES):
            response = await self.inner.handle_async_request(request)
            if response.status_code != 503 or attempt == RETRIES - 1:
                return response
            await response.aread()
            await response.aclose()
            await anyio.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def api() -> Iterator[Client]:
    """A generated sync client on the in-process server."""
    transport = _Retry503(sync_transport())
    with Client(base_url=EPHEMERAL_BASE_URL, httpx_args={"transport": transport}) as c:
        yield c


@pytest.fixture
async def async_api() -> AsyncIterator[Client]:
    """A generated async client on the in-process server (one per test loop)."""
    transport = _AsyncRetry503(await async_transport())
    async with Client(base_url=EPHEMERAL_BASE_URL, httpx_args={"transport": transport}) as c:
        yield c


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def _assert_gone(read: Any, *args: Any, client: Client, **kwargs: Any) -> None:
    """``read`` answers 404 both ways: ``sync_detailed`` and ``sync``."""
    detailed = read.sync_detailed(*args, client=client, **kwargs)
    assert isinstance(detailed, Response)
    assert detailed.status_code == HTTPStatus.NOT_FOUND == 404
    assert detailed.parsed is None
    with pytest.raises(UnexpectedStatus) as raised:
        read.sync(*args, client=client, **kwargs)
    assert raised.value.status_code == 404


def _ids(items: list[Any]) -> list[UUID]:
    return [item.id for item in items]


def _flow(api: Client, tags: list[str] | None = None) -> Flow:
    return create_flow.sync(client=api, body=FlowCreate(name=_name("flow"), tags=tags or []))


def _flow_run(api: Client) -> FlowRunResponse:
    flow = _flow(api)
    return create_flow_run.sync(client=api, body=FlowRunCreate(flow_id=flow.id, name=_name("run")))


# --- flows -------------------------------------------------------------------


def test_flows_crud(api: Client) -> None:
    name = _name("flow")
    created = create_flow.sync_detailed(client=api, body=FlowCreate(name=name, tags=["a"]))
    assert created.status_code == 201
    flow = created.parsed
    assert isinstance(flow, Flow)
    assert flow.name == name and flow.tags == ["a"]
    assert isinstance(flow.id, UUID) and isinstance(flow.created, datetime.datetime)

    again = create_flow.sync_detailed(client=api, body=FlowCreate(name=name))
    assert again.status_code == 200  # the existing flow, decoded the same way
    assert isinstance(again.parsed, Flow) and again.parsed.id == flow.id

    read = read_flow.sync(flow.id, client=api)
    assert isinstance(read, Flow) and read.name == name and read.id == flow.id
    assert read_flow_by_name.sync(name, client=api).id == flow.id

    found = read_flows.sync(
        client=api, body=ReadFlowsBody(flows=FlowFilter(name=FlowFilterName(any_=[name])))
    )
    assert isinstance(found, list) and _ids(found) == [flow.id]
    assert all(isinstance(f, Flow) for f in found)

    assert update_flow.sync(flow.id, client=api, body=FlowUpdate(tags=["b", "c"])) is None
    assert read_flow.sync(flow.id, client=api).tags == ["b", "c"]

    deleted = delete_flow.sync_detailed(flow.id, client=api)
    assert deleted.status_code == 204 and deleted.parsed is None
    _assert_gone(read_flow, flow.id, client=api)
    assert (
        read_flows.sync(
            client=api, body=ReadFlowsBody(flows=FlowFilter(name=FlowFilterName(any_=[name])))
        )
        == []
    )


@pytest.mark.anyio
async def test_flows_async(async_api: Client) -> None:
    name = _name("async-flow")
    created = await create_flow.asyncio_detailed(client=async_api, body=FlowCreate(name=name))
    assert created.status_code == 201 and isinstance(created.parsed, Flow)
    again = await create_flow.asyncio_detailed(client=async_api, body=FlowCreate(name=name))
    assert again.status_code == 200 and again.parsed.id == created.parsed.id

    flow = await read_flow.asyncio(created.parsed.id, client=async_api)
    assert isinstance(flow, Flow) and flow.name == name
    found = await read_flows.asyncio(
        client=async_api,
        body=ReadFlowsBody(flows=FlowFilter(name=FlowFilterName(any_=[name]))),
    )
    assert _ids(found) == [flow.id]
    assert await update_flow.asyncio(flow.id, client=async_api, body=FlowUpdate(tags=["z"])) is None
    assert (await read_flow.asyncio(flow.id, client=async_api)).tags == ["z"]
    assert await delete_flow.asyncio(flow.id, client=async_api) is None
    gone = await read_flow.asyncio_detailed(flow.id, client=async_api)
    assert gone.status_code == 404
    with pytest.raises(UnexpectedStatus) as raised:
        await read_flow.asyncio(flow.id, client=async_api)
    assert raised.value.status_code == 404


# --- flow runs and task runs -------------------------------------------------


def test_flow_runs_crud(api: Client) -> None:
    flow = _flow(api)
    name = _name("run")
    created = create_flow_run.sync_detailed(
        client=api,
        body=FlowRunCreate(
            flow_id=flow.id,
            name=name,
            tags=["t"],
            state=StateCreate(type=StateType.SCHEDULED),
        ),
    )
    assert created.status_code == 201
    run = created.parsed
    assert isinstance(run, FlowRunResponse)
    assert run.name == name and run.flow_id == flow.id
    assert run.state.type is StateType.SCHEDULED and run.state.type.is_known

    read = read_flow_run.sync(run.id, client=api)
    assert isinstance(read, FlowRunResponse) and read.name == name and read.tags == ["t"]

    found = read_flow_runs.sync(
        client=api,
        body=ReadFlowRunsBody(flow_runs=FlowRunFilter(name=FlowRunFilterName(any_=[name]))),
    )
    assert _ids(found) == [run.id] and isinstance(found[0], FlowRunResponse)

    new_name = _name("renamed")
    assert update_flow_run.sync(run.id, client=api, body=FlowRunUpdate(name=new_name)) is None
    assert read_flow_run.sync(run.id, client=api).name == new_name

    result = set_flow_run_state.sync_detailed(
        run.id,
        client=api,
        body=SetFlowRunStateBody(state=StateCreate(type=StateType.PENDING)),
    )
    assert result.status_code in (200, 201)
    assert isinstance(result.parsed, OrchestrationResult)
    assert read_flow_run.sync(run.id, client=api).state.type is StateType.PENDING

    assert delete_flow_run.sync(run.id, client=api) is None
    _assert_gone(read_flow_run, run.id, client=api)


def test_task_runs_crud(api: Client) -> None:
    run = _flow_run(api)
    name = _name("task")
    created = create_task_run.sync_detailed(
        client=api,
        body=TaskRunCreate(task_key=_name("key"), dynamic_key="0", flow_run_id=run.id, name=name),
    )
    assert created.status_code == 201
    task = created.parsed
    assert isinstance(task, TaskRun) and task.name == name and task.flow_run_id == run.id

    read = read_task_run.sync(task.id, client=api)
    assert isinstance(read, TaskRun) and read.name == name

    found = read_task_runs.sync(
        client=api,
        body=ReadTaskRunsBody(task_runs=TaskRunFilter(name=TaskRunFilterName(any_=[name]))),
    )
    assert _ids(found) == [task.id] and isinstance(found[0], TaskRun)

    new_name = _name("renamed")
    assert update_task_run.sync(task.id, client=api, body=TaskRunUpdate(name=new_name)) is None
    assert read_task_run.sync(task.id, client=api).name == new_name

    assert delete_task_run.sync(task.id, client=api) is None
    _assert_gone(read_task_run, task.id, client=api)


# --- deployments -------------------------------------------------------------


def test_deployments_crud_with_schedules(api: Client) -> None:
    flow = _flow(api)
    name = _name("deployment")
    created = create_deployment.sync_detailed(
        client=api,
        body=DeploymentCreate(
            flow_id=flow.id,
            name=name,
            schedules=[
                DeploymentScheduleCreate(schedule=IntervalSchedule(interval=3600.0), active=False)
            ],
        ),
    )
    assert created.status_code == 201
    deployment = created.parsed
    assert isinstance(deployment, DeploymentResponse)
    assert deployment.name == name and deployment.flow_id == flow.id
    assert len(deployment.schedules) == 1
    schedule = deployment.schedules[0]
    assert isinstance(schedule, DeploymentSchedule) and schedule.active is False
    assert isinstance(schedule.schedule, IntervalSchedule)
    assert schedule.schedule.interval == datetime.timedelta(hours=1)  # seconds on the wire

    read = read_deployment.sync(deployment.id, client=api)
    assert isinstance(read, DeploymentResponse) and read.name == name
    assert read_deployment_by_name.sync(flow.name, name, client=api).id == deployment.id

    found = read_deployments.sync(
        client=api,
        body=ReadDeploymentsBody(
            deployments=DeploymentFilter(name=DeploymentFilterName(any_=[name]))
        ),
    )
    assert _ids(found) == [deployment.id]

    added = create_deployment_schedules.sync(
        deployment.id,
        client=api,
        body=[DeploymentScheduleCreate(schedule=IntervalSchedule(interval=90.5), active=False)],
    )
    assert len(added) == 1 and isinstance(added[0], DeploymentSchedule)
    assert added[0].schedule.interval == datetime.timedelta(seconds=90.5)
    schedules = read_deployment_schedules.sync(deployment.id, client=api)
    assert sorted(s.schedule.interval.total_seconds() for s in schedules) == [90.5, 3600.0]

    assert (
        update_deployment.sync(
            deployment.id, client=api, body=DeploymentUpdate(description="updated")
        )
        is None
    )
    assert read_deployment.sync(deployment.id, client=api).description == "updated"

    assert delete_deployment.sync(deployment.id, client=api) is None
    _assert_gone(read_deployment, deployment.id, client=api)


# --- work pools, work queues, workers ---------------------------------------


def test_work_pools_queues_and_workers(api: Client) -> None:
    pool_name = _name("pool")
    created = create_work_pool.sync_detailed(
        client=api, body=WorkPoolCreate(name=pool_name, type="process", description="d")
    )
    assert created.status_code == 201
    pool = created.parsed
    assert isinstance(pool, WorkPoolResponse) and pool.name == pool_name

    read = read_work_pool.sync(pool_name, client=api)
    assert isinstance(read, WorkPoolResponse) and read.id == pool.id and read.type == "process"
    found = read_work_pools.sync(
        client=api,
        body=ReadWorkPoolsBody(
            work_pools=WorkPoolFilter(name=WorkPoolFilterName(any_=[pool_name]))
        ),
    )
    assert _ids(found) == [pool.id]
    assert (
        update_work_pool.sync(pool_name, client=api, body=WorkPoolUpdate(description="new")) is None
    )
    assert read_work_pool.sync(pool_name, client=api).description == "new"

    # a queue in the pool (through the work pool routes)
    queue_name = _name("queue")
    queue = create_pool_queue.sync(pool_name, client=api, body=WorkQueueCreate(name=queue_name))
    assert isinstance(queue, WorkQueueResponse) and queue.work_pool_name == pool_name
    assert read_pool_queue.sync(pool_name, queue_name, client=api).id == queue.id

    # workers: heartbeat, filter, delete
    worker_name = _name("worker")
    assert (
        worker_heartbeat.sync(
            pool_name,
            client=api,
            body=WorkerHeartbeatBody(name=worker_name, heartbeat_interval_seconds=30),
        )
        is None
    )
    workers = read_workers.sync(pool_name, client=api)
    assert [w.name for w in workers] == [worker_name]
    assert isinstance(workers[0], WorkerResponse) and workers[0].work_pool_id == pool.id
    assert isinstance(workers[0].last_heartbeat_time, datetime.datetime)
    assert delete_worker.sync(pool_name, worker_name, client=api) is None
    assert read_workers.sync(pool_name, client=api) == []

    assert delete_work_pool.sync(pool_name, client=api) is None
    _assert_gone(read_work_pool, pool_name, client=api)


def test_work_queues_crud(api: Client) -> None:
    name = _name("queue")
    created = create_work_queue.sync_detailed(
        client=api, body=WorkQueueCreate(name=name, priority=5, concurrency_limit=2)
    )
    assert created.status_code == 201
    queue = created.parsed
    assert isinstance(queue, WorkQueueResponse)
    assert queue.name == name and queue.concurrency_limit == 2

    read = read_work_queue.sync(queue.id, client=api)
    assert isinstance(read, WorkQueueResponse) and read.name == name
    assert read_work_queue_by_name.sync(name, client=api).id == queue.id

    found = read_work_queues.sync(
        client=api,
        body=ReadWorkQueuesBody(work_queues=WorkQueueFilter(name=WorkQueueFilterName(any_=[name]))),
    )
    assert _ids(found) == [queue.id]

    assert (
        update_work_queue.sync(
            queue.id, client=api, body=WorkQueueUpdate(description="busy", is_paused=True)
        )
        is None
    )
    updated = read_work_queue.sync(queue.id, client=api)
    assert updated.description == "busy" and updated.is_paused is True

    assert delete_work_queue.sync(queue.id, client=api) is None
    _assert_gone(read_work_queue, queue.id, client=api)


# --- variables and artifacts -------------------------------------------------


def test_variables_crud(api: Client) -> None:
    name = _name("var").replace("-", "_")
    created = create_variable.sync_detailed(
        client=api, body=VariableCreate(name=name, value=[1, "two"], tags=["v"])
    )
    assert created.status_code == 201
    variable = created.parsed
    assert isinstance(variable, Variable)
    assert variable.name == name and variable.value == [1, "two"]

    read = read_variable.sync(variable.id, client=api)
    assert isinstance(read, Variable) and read.name == name and read.tags == ["v"]
    assert read_variable_by_name.sync(name, client=api).id == variable.id

    found = read_variables.sync(
        client=api,
        body=ReadVariablesBody(variables=VariableFilter(name=VariableFilterName(any_=[name]))),
    )
    assert _ids(found) == [variable.id]

    assert update_variable.sync(variable.id, client=api, body=VariableUpdate(value=42)) is None
    assert read_variable.sync(variable.id, client=api).value == 42

    assert delete_variable.sync(variable.id, client=api) is None
    _assert_gone(read_variable, variable.id, client=api)
    _assert_gone(read_variable_by_name, name, client=api)


def test_artifacts_crud(api: Client) -> None:
    key = _name("artifact")
    created = create_artifact.sync_detailed(
        client=api,
        body=ArtifactCreate(key=key, type="markdown", data="# hello", description="first"),
    )
    assert created.status_code == 201
    artifact = created.parsed
    assert isinstance(artifact, Artifact)
    assert artifact.key == key and artifact.data == "# hello" and artifact.type == "markdown"

    read = read_artifact.sync(artifact.id, client=api)
    assert isinstance(read, Artifact) and read.key == key and read.description == "first"

    found = read_artifacts.sync(
        client=api,
        body=ReadArtifactsBody(artifacts=ArtifactFilter(key=ArtifactFilterKey(any_=[key]))),
    )
    assert _ids(found) == [artifact.id]

    assert (
        update_artifact.sync(artifact.id, client=api, body=ArtifactUpdate(description="second"))
        is None
    )
    assert read_artifact.sync(artifact.id, client=api).description == "second"

    assert delete_artifact.sync(artifact.id, client=api) is None
    _assert_gone(read_artifact, artifact.id, client=api)


# --- blocks ------------------------------------------------------------------


def test_block_types_schemas_documents(api: Client) -> None:
    slug = _name("block-type")
    block_type = create_block_type.sync(
        client=api, body=BlockTypeCreate(name=slug, slug=slug, description="a type")
    )
    assert isinstance(block_type, BlockType) and block_type.slug == slug
    assert read_block_type_by_id.sync(block_type.id, client=api).name == slug
    by_slug = read_block_type_by_slug.sync(slug, client=api)
    assert isinstance(by_slug, BlockType) and by_slug.id == block_type.id
    found_types = read_block_types.sync(
        client=api,
        body=ReadBlockTypesBody(block_types=BlockTypeFilter(name=BlockTypeFilterName(like_=slug))),
    )
    assert _ids(found_types) == [block_type.id]
    assert (
        update_block_type.sync(
            block_type.id, client=api, body=BlockTypeUpdate(description="changed")
        )
        is None
    )
    assert read_block_type_by_id.sync(block_type.id, client=api).description == "changed"

    fields = {
        "title": slug,
        "type": "object",
        "properties": {"value": {"title": "Value", "type": "string"}},
        "required": ["value"],
    }
    created_schema = create_block_schema.sync_detailed(
        client=api,
        body=BlockSchemaCreate(block_type_id=block_type.id, fields=fields, capabilities=["x"]),
    )
    assert created_schema.status_code == 201
    schema = created_schema.parsed
    assert isinstance(schema, BlockSchema) and schema.block_type_id == block_type.id
    assert schema.capabilities == ["x"]
    assert schema.fields["properties"]["value"]["type"] == "string"
    assert read_block_schema_by_id.sync(schema.id, client=api).checksum == schema.checksum
    assert read_block_schema_by_checksum.sync(schema.checksum, client=api).id == schema.id
    found_schemas = read_block_schemas.sync(
        client=api,
        body=ReadBlockSchemasBody(
            block_schemas=BlockSchemaFilter(
                block_type_id=BlockSchemaFilterBlockTypeId(any_=[block_type.id])
            )
        ),
    )
    assert _ids(found_schemas) == [schema.id]

    doc_name = _name("doc")
    document = create_block_document.sync(
        client=api,
        body=BlockDocumentCreate(
            name=doc_name,
            block_schema_id=schema.id,
            block_type_id=block_type.id,
            data={"value": "one"},
        ),
    )
    assert isinstance(document, BlockDocument) and document.name == doc_name
    read_doc = read_block_document_by_id.sync(document.id, client=api)
    assert isinstance(read_doc, BlockDocument) and read_doc.data["value"] == "one"
    assert isinstance(read_doc.block_type, BlockType) and read_doc.block_type.id == block_type.id
    found_docs = read_block_documents.sync(
        client=api,
        body=ReadBlockDocumentsBody(
            block_documents=BlockDocumentFilter(name=BlockDocumentFilterName(any_=[doc_name]))
        ),
    )
    assert _ids(found_docs) == [document.id]
    assert (
        update_block_document_data.sync(
            document.id,
            client=api,
            body=BlockDocumentUpdate(data={"value": "two"}),
        )
        is None
    )
    assert read_block_document_by_id.sync(document.id, client=api).data["value"] == "two"

    assert delete_block_document.sync(document.id, client=api) is None
    _assert_gone(read_block_document_by_id, document.id, client=api)
    assert delete_block_schema.sync(schema.id, client=api) is None
    _assert_gone(read_block_schema_by_id, schema.id, client=api)
    assert delete_block_type.sync(block_type.id, client=api) is None
    _assert_gone(read_block_type_by_id, block_type.id, client=api)


# --- concurrency limits ------------------------------------------------------


def test_concurrency_limits_v1(api: Client) -> None:
    tag = _name("tag")
    created = create_concurrency_limit.sync_detailed(
        client=api, body=ConcurrencyLimitCreate(tag=tag, concurrency_limit=3)
    )
    assert created.status_code == 201
    limit = created.parsed
    assert isinstance(limit, ConcurrencyLimit) and limit.tag == tag
    assert limit.concurrency_limit == 3

    read = read_concurrency_limit.sync(limit.id, client=api)
    assert isinstance(read, ConcurrencyLimit) and read.tag == tag
    assert read_concurrency_limit_by_tag.sync(tag, client=api).id == limit.id

    found = read_concurrency_limits.sync(client=api, body=ReadConcurrencyLimitsBody(limit=200))
    assert limit.id in _ids(found)

    # the v1 "update": the same tag again answers 200 and changes the limit
    again = create_concurrency_limit.sync_detailed(
        client=api, body=ConcurrencyLimitCreate(tag=tag, concurrency_limit=7)
    )
    assert again.status_code == 200
    assert isinstance(again.parsed, ConcurrencyLimit) and again.parsed.id == limit.id
    assert read_concurrency_limit.sync(limit.id, client=api).concurrency_limit == 7

    deleted = delete_concurrency_limit.sync_detailed(limit.id, client=api)
    assert deleted.status_code == 200
    _assert_gone(read_concurrency_limit, limit.id, client=api)
    _assert_gone(read_concurrency_limit_by_tag, tag, client=api)


def test_concurrency_limits_v2(api: Client) -> None:
    name = _name("gcl")
    created = create_concurrency_limit_v2.sync_detailed(
        client=api, body=ConcurrencyLimitV2Create(name=name, limit=4, slot_decay_per_second=0.5)
    )
    assert created.status_code == 201
    limit = created.parsed
    assert isinstance(limit, ConcurrencyLimitV2) and limit.name == name and limit.limit == 4
    assert limit.slot_decay_per_second == 0.5

    by_name = read_concurrency_limit_v2.sync(name, client=api)
    assert isinstance(by_name, GlobalConcurrencyLimitResponse) and by_name.id == limit.id
    assert read_concurrency_limit_v2.sync(limit.id, client=api).name == name

    found = read_all_concurrency_limits_v2.sync(
        client=api, body=ReadAllConcurrencyLimitsV2Body(limit=200)
    )
    assert limit.id in _ids(found)

    assert (
        update_concurrency_limit_v2.sync(name, client=api, body=ConcurrencyLimitV2Update(limit=9))
        is None
    )
    assert read_concurrency_limit_v2.sync(limit.id, client=api).limit == 9

    assert delete_concurrency_limit_v2.sync(limit.id, client=api) is None
    _assert_gone(read_concurrency_limit_v2, limit.id, client=api)
    _assert_gone(read_concurrency_limit_v2, name, client=api)


# --- automations -------------------------------------------------------------


def _trigger(event: str) -> EventTrigger:
    return EventTrigger(
        posture=EventTriggerPosture.REACTIVE,
        expect=[event],
        threshold=1,
        within=30.0,
        type="event",
    )


def test_automations_crud(api: Client) -> None:
    name = _name("automation")
    created = create_automation.sync_detailed(
        client=api,
        body=AutomationCreate(
            name=name,
            trigger=_trigger("test.event"),
            actions=[DoNothing(type="do-nothing")],
            tags=["auto"],
        ),
    )
    assert created.status_code == 201
    automation = created.parsed
    assert isinstance(automation, Automation) and automation.name == name

    read = read_automation.sync(automation.id, client=api)
    assert isinstance(read, Automation) and read.name == name and read.enabled is True
    assert isinstance(read.trigger, EventTrigger)
    assert read.trigger.within == datetime.timedelta(seconds=30)
    assert read.trigger.posture is EventTriggerPosture.REACTIVE
    assert read.trigger.expect == ["test.event"]
    assert len(read.actions) == 1 and isinstance(read.actions[0], DoNothing)

    found = read_automations.sync(
        client=api,
        body=ReadAutomationsBody(
            automations=AutomationFilter(name=AutomationFilterName(any_=[name]))
        ),
    )
    assert _ids(found) == [automation.id]

    assert (
        patch_automation.sync(
            automation.id, client=api, body=AutomationPartialUpdate(enabled=False)
        )
        is None
    )
    assert read_automation.sync(automation.id, client=api).enabled is False

    new_name = _name("automation2")
    assert (
        update_automation.sync(
            automation.id,
            client=api,
            body=AutomationUpdate(
                name=new_name,
                trigger=EventTrigger(
                    posture=EventTriggerPosture.REACTIVE,
                    expect=["other.event"],
                    threshold=2,
                    within=120.0,
                    type="event",
                ),
                actions=[DoNothing(type="do-nothing")],
            ),
        )
        is None
    )
    updated = read_automation.sync(automation.id, client=api)
    assert updated.name == new_name
    assert (
        updated.trigger.within == datetime.timedelta(minutes=2) and updated.trigger.threshold == 2
    )

    assert delete_automation.sync(automation.id, client=api) is None
    _assert_gone(read_automation, automation.id, client=api)


# --- logs --------------------------------------------------------------------


def test_logs_create_and_filter(api: Client) -> None:
    run = _flow_run(api)
    now = datetime.datetime.now(datetime.UTC)
    messages = [_name("message") for _ in range(3)]
    created = create_logs.sync_detailed(
        client=api,
        body=[
            LogCreate(
                name="prefect.test",
                level=20,
                message=message,
                timestamp=now + datetime.timedelta(seconds=i),
                flow_run_id=run.id,
            )
            for i, message in enumerate(messages)
        ],
    )
    assert created.status_code == 201

    logs = read_logs.sync(
        client=api,
        body=ReadLogsBody(logs=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id]))),
    )
    assert all(isinstance(log, Log) for log in logs)
    assert sorted(log.message for log in logs) == sorted(messages)
    assert all(log.flow_run_id == run.id and log.level == 20 for log in logs)
    assert all(isinstance(log.timestamp, datetime.datetime) for log in logs)
    assert logs[0].task_run_id is None or logs[0].task_run_id is UNSET
