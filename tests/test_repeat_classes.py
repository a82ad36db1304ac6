"""What the real server does with the same create sent twice: the evidence for each
create's repeat class in ``scripts/repeat_classes.py``.

Each test sends one body twice through ``request()`` (one attempt each: no
retries are involved in what is measured) to the in-process Prefect 3.8.8
server, then looks at what is stored, and checks the generated ``REPEAT``.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from prefect_rest import PrefectClient
from prefect_rest.exceptions import ObjectAlreadyExists
from prefect_rest_api import api as ops

pytestmark = pytest.mark.anyio


async def twice(client: PrefectClient, method: str, path: str, body: Any) -> list[Any]:
    """Send ``body`` twice; each answer's JSON, or "409" for ObjectAlreadyExists."""
    answers = []
    for _ in range(2):
        try:
            response = await client.request(method, path, json=body)
            answers.append(response.json() if response.content else None)
        except ObjectAlreadyExists:
            answers.append("409")
    return answers


async def test_upserts_return_the_same_row(client, unique):
    flow = await twice(client, "POST", "/flows/", {"name": unique})
    assert flow[0]["id"] == flow[1]["id"]
    assert ops.flows.create_flow.REPEAT == "upsert"
    body = {"flow_id": flow[0]["id"], "name": unique}
    deployment = await twice(client, "POST", "/deployments/", body)
    assert deployment[0]["id"] == deployment[1]["id"]
    assert ops.deployments.create_deployment.REPEAT == "upsert"
    limit = await twice(
        client, "POST", "/concurrency_limits/", {"tag": unique, "concurrency_limit": 2}
    )
    assert limit[0]["id"] == limit[1]["id"]
    search = await twice(client, "PUT", "/saved_searches/", {"name": unique, "filters": []})
    assert search[0]["id"] == search[1]["id"]
    block_type = await client.request(
        "POST", "/block_types/", json={"name": unique, "slug": unique}
    )
    schema_body = {"block_type_id": block_type.json()["id"], "fields": {"title": unique}}
    schema = await twice(client, "POST", "/block_schemas/", schema_body)
    assert schema[0]["id"] == schema[1]["id"]
    assert ops.block_schemas.create_block_schema.REPEAT == "upsert"


async def test_keyed_creates_store_once_with_their_key_and_twice_without(client, unique):
    flow_id = (await client.request("POST", "/flows/", json={"name": unique})).json()["id"]
    keyed = await twice(
        client, "POST", "/flow_runs/", {"flow_id": flow_id, "idempotency_key": unique}
    )
    assert keyed[0]["id"] == keyed[1]["id"]
    unkeyed = await twice(client, "POST", "/flow_runs/", {"flow_id": flow_id})
    assert unkeyed[0]["id"] != unkeyed[1]["id"]
    assert ops.flow_runs.create_flow_run.REPEAT == "keyed"
    body = {"flow_run_id": keyed[0]["id"], "task_key": unique, "dynamic_key": "0"}
    task = await twice(client, "POST", "/task_runs/", body)
    assert task[0]["id"] == task[1]["id"]
    assert ops.task_runs.create_task_run.REPEAT_KEYS == ("flow_run_id", "task_key", "dynamic_key")
    deployment_id = (
        await client.request("POST", "/deployments/", json={"flow_id": flow_id, "name": unique})
    ).json()["id"]
    path = f"/deployments/{deployment_id}/create_flow_run"
    by_key = await twice(client, "POST", path, {"idempotency_key": unique})
    assert by_key[0]["id"] == by_key[1]["id"]
    without = await twice(client, "POST", path, {})
    assert without[0]["id"] != without[1]["id"]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/variables/", lambda u: {"name": u.replace("-", "_"), "value": 1}),
        ("/work_pools/", lambda u: {"name": u, "type": "process"}),
        ("/work_queues/", lambda u: {"name": u}),
        ("/v2/concurrency_limits/", lambda u: {"name": u, "limit": 1}),
        ("/block_types/", lambda u: {"name": u, "slug": u}),
    ],
)
async def test_unique_creates_answer_409_to_a_repeat(client, unique, path, body):
    answers = await twice(client, "POST", path, body(unique))
    assert answers[0] != "409" and answers[1] == "409"


async def test_unique_flow_run_input_and_block_document(client, unique):
    flow_id = (await client.request("POST", "/flows/", json={"name": unique})).json()["id"]
    run = (await client.request("POST", "/flow_runs/", json={"flow_id": flow_id})).json()
    answers = await twice(
        client, "POST", f"/flow_runs/{run['id']}/input", {"key": "k", "value": "1"}
    )
    assert answers[1] == "409"
    block_type = (
        await client.request("POST", "/block_types/", json={"name": unique, "slug": unique})
    ).json()
    schema = (
        await client.request(
            "POST", "/block_schemas/", json={"block_type_id": block_type["id"], "fields": {}}
        )
    ).json()
    document = {
        "name": unique,
        "block_type_id": block_type["id"],
        "block_schema_id": schema["id"],
        "data": {},
    }
    assert (await twice(client, "POST", "/block_documents/", document))[1] == "409"


async def test_unsafe_creates_store_a_second_copy(client, unique):
    artifacts = await twice(client, "POST", "/artifacts/", {"key": unique, "data": 1})
    assert artifacts[0]["id"] != artifacts[1]["id"]
    assert ops.artifacts.create_artifact.REPEAT == "unsafe"
    flow_id = (await client.request("POST", "/flows/", json={"name": unique})).json()["id"]
    run = (await client.request("POST", "/flow_runs/", json={"flow_id": flow_id})).json()
    line = {
        "name": "t",
        "level": 20,
        "message": unique,
        "timestamp": datetime.datetime.now(datetime.UTC).isoformat(),
        "flow_run_id": run["id"],
    }
    await twice(client, "POST", "/logs/", [line])
    stored = await client.read_logs(log_filter={"flow_run_id": {"any_": [run["id"]]}})
    assert [log.message for log in stored] == [unique, unique]
    # The trigger matches only this test's own resource: an automation that matched
    # every event would make the server evaluate (and write) for every later event.
    automation = {
        "name": unique,
        "trigger": {
            "type": "event",
            "posture": "Reactive",
            "threshold": 1,
            "within": 0,
            "match": {"prefect.resource.id": f"test.{unique}"},
            "expect": [f"test.{unique}.never"],
        },
        "actions": [{"type": "do-nothing"}],
    }
    made = await twice(client, "POST", "/automations/", automation)
    try:
        assert made[0]["id"] != made[1]["id"]
    finally:
        for automation_made in made:
            await client.request("DELETE", f"/automations/{automation_made['id']}")


async def test_a_replayed_transition_is_refused_and_the_first_state_stays(client, unique):
    flow_id = (await client.request("POST", "/flows/", json={"name": unique})).json()["id"]
    run = (await client.request("POST", "/flow_runs/", json={"flow_id": flow_id})).json()
    state = {"type": "RUNNING", "state_details": {"transition_id": str(uuid.uuid4())}}
    answers = await twice(client, "POST", f"/flow_runs/{run['id']}/set_state", {"state": state})
    assert [a["status"] for a in answers] == ["ACCEPT", "REJECT"]
    assert answers[1]["state"]["id"] == answers[0]["state"]["id"]
    assert ops.flow_runs.set_flow_run_state.REPEAT == "transition"
