"""Retries decided by repeat class: every new retry path against the in-process server.

Each test puts an injector (``tests/faults.py``) between the client and the real
in-process server and counts what the server stored with a separate clean client.
Each failed on the code before the repeat classes (a lost answer to any POST was
an error; a replayed transition came back REJECT; a 409 of our own create raised).
"""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import httpx
import pytest
from faults import (
    EPHEMERAL_URL,
    Faults,
    ephemeral_injector,
    fault,
    faulty_client,
    maintenance,
    respond,
    sync_faulty_client,
)
from ha import log_lines
from prefect_rest import PrefectClient
from prefect_rest import models as m
from prefect_rest import states as st
from prefect_rest.exceptions import (
    InvalidArgument,
    ObjectAlreadyExists,
    PrefectHTTPStatusError,
    PrefectTransportError,
)
from prefect_rest.settings import Settings
from prefect_rest_api import api as ops

pytestmark = pytest.mark.anyio

FLOWS = r"^/api/flows/$"
FLOW_RUNS = r"^/api/flow_runs/$"
SET_STATE = r"^/api/flow_runs/[^/]+/set_state$"
TASK_SET_STATE = r"^/api/task_runs/[^/]+/set_state$"
VARIABLES = r"^/api/variables/$"
LOGS = r"^/api/logs/$"

#: Lost answers of a request the server applied, and losses before it arrived.
APPLIED = [
    pytest.param(fault("reset_after"), id="reset-after-applied"),
    pytest.param(respond(502, after=True), id="502-after-applied"),
    pytest.param(respond(504, after=True), id="504-after-applied"),
]
NOT_APPLIED = [
    pytest.param(fault("disconnect_before"), id="disconnected-without-response"),
    pytest.param(fault("reset_before"), id="reset-before"),
    pytest.param(respond(502), id="502-from-the-balancer"),
]


def settings(**kw: float) -> Settings:
    values = {"max_retries": 3, "retry_base_delay": 0.01, "retry_jitter_factor": 0.0}
    values.update(kw)
    return Settings(**values)  # type: ignore[arg-type]


def aimed(rule, method: str, path: str, on: list[int] | None = None):
    import dataclasses

    return dataclasses.replace(rule, method=method, path=path, on=on or [1], hits=0, fired=0)


def by_flow(flow_id: uuid.UUID) -> m.FlowFilter:
    return m.FlowFilter.from_dict({"id": {"any_": [str(flow_id)]}})


# --- the generated classes -------------------------------------------------------------


def test_every_operation_has_a_repeat_class_and_writes_are_listed():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import repeat_classes
    from prefect_rest.transport.repeat import KINDS

    assert repeat_classes.KINDS == KINDS
    seen = {}
    for tag in dir(ops):
        if tag.startswith("_"):
            continue
        package = getattr(ops, tag)
        for name in getattr(package, "__all__", ()):
            module = getattr(package, name)
            seen[(module.METHOD, module.PATH)] = module.REPEAT
    assert len(seen) == 187
    assert set(seen.values()) <= set(KINDS)
    writes = {k for k in seen if k[0] in ("POST", "PATCH")}
    unlisted = [k for k in writes if k not in repeat_classes.CLASSES and seen[k] != "read"]
    assert not unlisted  # every write classified on purpose, not by default
    assert seen[("POST", "/flows/")] == "upsert"
    assert seen[("POST", "/flow_runs/{id}/set_state")] == "transition"
    assert seen[("POST", "/logs/")] == "unsafe"
    assert ops.flow_runs.create_flow_run.REPEAT_KEYS == ("flow_id", "idempotency_key")


# --- lost answers of writes the server deduplicates: retried, stored once ----------------


@pytest.mark.parametrize("rule", APPLIED + NOT_APPLIED)
async def test_flow_upsert_is_retried_after_a_lost_answer(client, unique, rule):
    faults = Faults(aimed(rule, "POST", FLOWS))
    async with faulty_client(faults, settings()) as c:
        flow_id = await c.create_flow_from_name(unique)
    assert faults.sent("POST", FLOWS) == 2
    assert (await client.read_flow_by_name(unique)).id == flow_id


@pytest.mark.parametrize("rule", APPLIED + NOT_APPLIED)
async def test_create_flow_run_without_a_key_gets_one_and_is_stored_once(client, unique, rule):
    faults = Faults(aimed(rule, "POST", FLOW_RUNS))
    async with faulty_client(faults, settings()) as c:
        run = await c.create_flow_run(SimpleNamespace(name=unique))
    assert faults.sent("POST", FLOW_RUNS) == 2
    keys = {s.headers.get("content-length") for s in faults.seen("POST", FLOW_RUNS)}
    assert len(keys) == 1  # the same body (and key) both times
    flow = await client.read_flow_by_name(unique)
    runs = await client.read_flow_runs(flow_filter=by_flow(flow.id))
    assert [r.id for r in runs] == [run.id]
    assert len(run.idempotency_key) == 32


async def test_create_flow_run_callers_key_wins(client, unique):
    async with faulty_client(Faults(), settings()) as c:
        first = await c.create_flow_run(SimpleNamespace(name=unique), idempotency_key=unique)
        again = await c.create_flow_run(SimpleNamespace(name=unique), idempotency_key=unique)
    assert first.id == again.id and first.idempotency_key == unique


async def test_create_flow_run_bad_key_is_refused_before_sending():
    faults = Faults()
    async with faulty_client(faults, settings()) as c:
        with pytest.raises(InvalidArgument, match="idempotency_key"):
            await c.create_flow_run(SimpleNamespace(name="x"), idempotency_key=5)  # type: ignore[arg-type]
    assert faults.sent() == 0


async def test_run_from_deployment_without_a_key_is_stored_once(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    deployment_id = await client.create_deployment(flow_id, unique)
    path = r"^/api/deployments/[^/]+/create_flow_run$"
    faults = Faults(fault("reset_after", method="POST", path=path, on=[1]))
    async with faulty_client(faults, settings()) as c:
        run = await c.create_flow_run_from_deployment(deployment_id)
    flt = m.DeploymentFilter.from_dict({"id": {"any_": [str(deployment_id)]}})
    assert [r.id for r in await client.read_flow_runs(deployment_filter=flt)] == [run.id]


# --- transitions: a replay refused for its transition_id is the accepted result ----------


@pytest.mark.parametrize("rule", APPLIED)
async def test_replayed_flow_run_transition_returns_accept(client, unique, rule):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    faults = Faults(aimed(rule, "POST", SET_STATE))
    async with faulty_client(faults, settings()) as c:
        result = await c.set_flow_run_state(run.id, st.Running())
    assert faults.sent("POST", SET_STATE) == 2  # the retry was answered REJECT by the server
    assert str(result.status) == "ACCEPT"
    assert result.state.type == "RUNNING"
    states = await client.read_flow_run_states(run.id)
    assert [s.type for s in states].count("RUNNING") == 1


def test_sync_replayed_task_run_transition_returns_accept(sync_client, unique):
    run = sync_client.create_flow_run(SimpleNamespace(name=unique))
    sync_client.set_flow_run_state(run.id, st.Running())  # tasks start in a running flow
    task = sync_client.create_task_run(SimpleNamespace(name=unique), run.id, "k")
    faults = Faults(fault("reset_after", method="POST", path=TASK_SET_STATE, on=[1]))
    with sync_faulty_client(faults, settings()) as c:
        result = c.set_task_run_state(task.id, st.Running())
    assert str(result.status) == "ACCEPT" and result.state.type == "RUNNING"
    assert faults.sent("POST", TASK_SET_STATE) == 2


async def test_a_real_rejection_is_not_turned_into_accept(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))  # Pending, not Running
    task = await client.create_task_run(SimpleNamespace(name=unique), run.id, "k")
    faults = Faults(fault("reset_after", method="POST", path=TASK_SET_STATE, on=[1]))
    async with faulty_client(faults, settings()) as c:
        result = await c.set_task_run_state(task.id, st.Running())  # refused: flow not running
    assert faults.sent("POST", TASK_SET_STATE) == 2
    assert str(result.status) == "ABORT"
    assert "enclosing flow must be running" in result.details.reason


# --- unique creates: a 409 to our own retry is the object we created --------------------


@pytest.mark.parametrize("rule", APPLIED)
async def test_variable_create_409_after_a_lost_answer_is_read_back(client, unique, rule):
    faults = Faults(aimed(rule, "POST", VARIABLES))
    async with faulty_client(faults, settings()) as c:
        made = await c.create_variable({"name": unique.replace("-", "_"), "value": 7})
    assert faults.sent("POST", VARIABLES) == 2
    assert made.value == 7 and made.name == unique.replace("-", "_")


async def test_variable_409_of_someone_elses_object_still_raises(client, unique):
    name = unique.replace("-", "_")
    await client.create_variable({"name": name, "value": 1})
    async with faulty_client(Faults(), settings()) as c:
        with pytest.raises(ObjectAlreadyExists):
            await c.create_variable({"name": name, "value": 1})  # no lost attempt: a real 409
    faults = Faults(fault("reset_after", method="POST", path=VARIABLES, on=[1]))
    async with faulty_client(faults, settings()) as c:
        with pytest.raises(ObjectAlreadyExists):  # a lost attempt, but the stored value differs
            await c.create_variable({"name": name, "value": 2})


async def test_work_pool_and_queue_creates_are_read_back(client, unique):
    faults = Faults(
        fault("reset_after", method="POST", path=r"^/api/work_pools/$", on=[1]),
        fault("reset_after", method="POST", path=r"^/api/work_pools/[^/]+/queues$", on=[1]),
    )
    async with faulty_client(faults, settings()) as c:
        pool = await c.create_work_pool({"name": unique, "type": "process"})
        queue = await c.create_work_queue("q", work_pool_name=unique)
    assert pool.name == unique and queue.name == "q"
    assert faults.sent("POST", r"^/api/work_pools/$") == 2


# --- unsafe writes: logs are read back, never stored twice --------------------------------


async def _stored(client: PrefectClient, run_id: uuid.UUID) -> list[str]:
    flt = {"flow_run_id": {"any_": [str(run_id)]}}
    return sorted(log.message for log in await client.read_logs(log_filter=flt))


@pytest.mark.parametrize("rule", APPLIED + NOT_APPLIED)
async def test_lost_log_batch_is_stored_once(client, unique, rule):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    faults = Faults(aimed(rule, "POST", LOGS))
    async with faulty_client(faults, settings()) as c:
        await c.create_logs(log_lines(run.id, unique, 5))
    assert await _stored(client, run.id) == sorted(f"{unique} line {i}" for i in range(5))


async def test_log_batch_lost_again_and_again_is_read_back_each_time(client, unique):
    """The balancer answers 502 three times (its pick is down): every read-back finds
    nothing stored, the lines go again, and are stored once."""
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    faults = Faults(respond(502, method="POST", path=LOGS, on=[1, 2, 3]))
    async with faulty_client(faults, settings()) as c:
        await c.create_logs(log_lines(run.id, unique, 3))
    assert faults.sent("POST", LOGS) == 4
    assert await _stored(client, run.id) == sorted(f"{unique} line {i}" for i in range(3))


async def test_log_batch_lost_every_time_raises_after_the_budget(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    faults = Faults(respond(502, method="POST", path=LOGS))
    async with faulty_client(faults, settings(max_retries=2)) as c:
        with pytest.raises(PrefectHTTPStatusError) as info:
            await c.create_logs(log_lines(run.id, unique, 2))
    assert info.value.status_code == 502
    assert faults.sent("POST", LOGS) == 3
    assert await _stored(client, run.id) == []


async def test_log_batch_after_a_read_timeout_is_not_sent_again(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    faults = Faults(fault("read_timeout", method="POST", path=LOGS, on=[1], delay=5.0))
    async with faulty_client(faults, settings(request_timeout=0.5)) as c:
        with pytest.raises(PrefectTransportError) as info:
            await c.create_logs(log_lines(run.id, unique, 2))
    assert info.value.maybe_applied
    assert faults.sent("POST", LOGS) == 1
    assert len(await _stored(client, run.id)) == 2  # stored once, and the caller was told


async def test_artifact_create_is_not_sent_again_after_it_may_have_arrived(client, unique):
    faults = Faults(fault("reset_after", method="POST", path=r"^/api/artifacts/$", on=[1]))
    async with faulty_client(faults, settings()) as c:
        with pytest.raises(PrefectTransportError, match=r"after 1 attempt"):
            await c.create_artifact({"key": unique, "data": 1})
    assert faults.sent("POST", r"^/api/artifacts/$") == 1


# --- transport errors before sending and maintenance --------------------------------------


async def test_local_protocol_error_is_retried_like_prefects(client, unique):
    faults = Faults(fault("local_protocol", method="POST", path=r"^/api/artifacts/$", on=[1]))
    async with faulty_client(faults, settings()) as c:
        await c.create_artifact({"key": unique, "data": 1})  # unsafe, yet retried: never sent
    assert faults.sent("POST", r"^/api/artifacts/$") == 2
    assert faults.reached("POST", r"^/api/artifacts/$") == 1


async def test_header_value_http_does_not_allow_is_refused_before_sending():
    faults = Faults()
    secret = "tok\x01en-value"
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL,
        settings=settings(),
        httpx_settings={"transport": transport, "headers": {"X-Trace": secret}},
    ) as c:
        with pytest.raises(InvalidArgument, match="X-Trace") as info:
            await c.read_flows()
    assert secret not in str(info.value) and "tok" not in repr(info.value)
    assert faults.sent() == 0


async def test_maintenance_is_waited_out_beyond_the_retry_budget(client, unique):
    rule = maintenance(method="POST", path=FLOWS, on=[1, 2, 3, 4, 5])
    rule.headers["Retry-After"] = "0"
    faults = Faults(rule)
    async with faulty_client(faults, settings(max_retries=2)) as c:
        await c.create_flow_from_name(unique)  # 5 maintenance answers > 2 retries
    assert faults.sent("POST", FLOWS) == 6


async def test_maintenance_wait_is_bounded_by_the_setting(unique):
    rule = maintenance(method="POST", path=FLOWS)
    rule.headers["Retry-After"] = "0.05"
    faults = Faults(rule)
    async with faulty_client(faults, settings(max_retries=1, maintenance_max_wait=0.2)) as c:
        with pytest.raises(PrefectHTTPStatusError) as info:
            await c.create_flow_from_name(unique)
    assert info.value.status_code == 503
    assert faults.sent("POST", FLOWS) == 4 + 2  # 4 waits of 0.05 s, then the 2 counted tries


def test_maintenance_max_wait_is_read_from_the_environment():
    assert Settings.from_env({"PREFECT_REST_MAINTENANCE_MAX_WAIT": "12"}).maintenance_max_wait == 12
    with pytest.raises(InvalidArgument, match="PREFECT_REST_MAINTENANCE_MAX_WAIT"):
        Settings.from_env({"PREFECT_REST_MAINTENANCE_MAX_WAIT": "-1"})


# --- request(): credentials stay on the API host; path_params by name only ----------------


async def test_absolute_url_with_client_params_stays_on_the_api_host():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    async with PrefectClient(
        "http://api.test/api",
        settings=settings(),
        api_key="pnu_secret",
        httpx_settings={"transport": httpx.MockTransport(handler), "params": {"a": "1"}},
    ) as c:
        await c.request("GET", "http://evil.test/steal")
    assert [r.url.host for r in seen] == ["api.test"]
    assert seen[0].url.params["a"] == "1"


@pytest.mark.parametrize(
    ("path", "values", "match"),
    [
        ("/flows/{id:>999999999}", {"id": "x"}, "not a plain"),
        ("/flows/{id}", {}, "no value for id"),
        ("/flows/{id}", {"id": "a", "other": "b"}, "other not in the path"),
        ("/flows/{0}", {"0": "a"}, "not a plain"),
        ("/flows/{id.__class__}", {"id": "a"}, "not a plain"),
    ],
)
async def test_path_params_substitute_names_only(path, values, match):
    faults = Faults()
    async with faulty_client(faults, settings()) as c:
        with pytest.raises(InvalidArgument, match=match):
            await c.request("GET", path, path_params=values)
    assert faults.sent() == 0


async def test_path_params_fill_each_name_as_one_segment(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    response = await client.request("GET", "/flows/{id}", path_params={"id": flow_id})
    assert response.json()["name"] == unique
