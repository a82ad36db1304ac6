"""Faults at the HTTP level and what the client does about them.

Every scenario runs the real client against a real Prefect server with an
injector in between (``tests/faults.py``): in-process (a transport around the
in-process server's), and on the wire (a loopback proxy in front of
``prefect server start``). Each test asserts the outcome AND how many requests
reached the server, and counts server-side with a separate clean client:
no create is applied twice, no reported success is missing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace

import pytest
from faults import (
    Fault,
    FaultProxy,
    Faults,
    fault,
    faulty_client,
    http_date,
    maintenance,
    respond,
    rewrite_json,
    sync_faulty_client,
    too_many_requests,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest import models as m
from prefect_rest.exceptions import (
    AuthorizationError,
    PrefectHTTPStatusError,
    PrefectRestError,
    PrefectTransportError,
    ResponseDecodeError,
)
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio

RUN_FROM_DEPLOYMENT = r"^/api/deployments/[^/]+/create_flow_run$"
FLOW_RUNS = r"^/api/flow_runs/$"
ONE_FLOW = r"^/api/flows/[0-9a-f-]{36}$"
#: Tolerance for "waited at least": timer granularity, not the client.
EPS = 0.02


def settings(max_retries: int = 3, timeout: float = 10.0) -> Settings:
    """Fast retries, no jitter: backoff is 0.01, 0.02, 0.04, ... seconds."""
    return Settings(
        max_retries=max_retries,
        retry_base_delay=0.01,
        retry_jitter_factor=0.0,
        request_timeout=timeout,
    )


def faulty(faults: Faults, **kw: float) -> contextlib.AbstractAsyncContextManager[PrefectClient]:
    """An async client whose requests go through ``faults`` to the in-process server."""
    return faulty_client(faults, settings(**kw))


def sync_faulty(
    faults: Faults, **kw: float
) -> contextlib.AbstractContextManager[SyncPrefectClient]:
    return sync_faulty_client(faults, settings(**kw))


def by_deployment(deployment_id: uuid.UUID) -> m.DeploymentFilter:
    return m.DeploymentFilter.from_dict({"id": {"any_": [str(deployment_id)]}})


def by_flow(flow_id: uuid.UUID) -> m.FlowFilter:
    return m.FlowFilter.from_dict({"id": {"any_": [str(flow_id)]}})


async def new_deployment(client: PrefectClient, name: str) -> uuid.UUID:
    flow_id = await client.create_flow_from_name(name)
    return await client.create_deployment(flow_id, name)


# --- retried faults: succeed within the budget, with the waits asked for ---------


async def test_429_retry_after_seconds_is_waited(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    faults = Faults(too_many_requests("1", method="GET", path=ONE_FLOW, on=[1]))
    async with faulty(faults) as c:
        started = time.monotonic()
        flow = await c.read_flow(flow_id)
        elapsed = time.monotonic() - started
    assert flow.id == flow_id
    first, second = faults.seen("GET", ONE_FLOW)
    assert second.at - first.at >= 1.0 - EPS  # Retry-After: 1, not the 0.01 s backoff
    assert elapsed < 1.8
    assert (faults.sent("GET", ONE_FLOW), faults.reached("GET", ONE_FLOW)) == (2, 1)


async def test_429_retry_after_http_date_is_waited(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    not_before = math.ceil(time.time() + 0.3)  # an HTTP-date has whole seconds
    faults = Faults(too_many_requests(http_date(not_before), method="GET", path=ONE_FLOW, on=[1]))
    async with faulty(faults) as c:
        started = time.monotonic()
        assert (await c.read_flow(flow_id)).id == flow_id
        elapsed = time.monotonic() - started
    _, second = faults.seen("GET", ONE_FLOW)
    assert second.at >= not_before - EPS
    assert elapsed < 1.8
    assert faults.reached("GET", ONE_FLOW) == 1


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_5xx_burst_on_a_read_is_retried(client, unique, status):
    flow_id = await client.create_flow_from_name(unique)
    faults = Faults(respond(status, method="GET", path=ONE_FLOW, on=[1, 2, 3]))
    async with faulty(faults, max_retries=3) as c:
        started = time.monotonic()
        assert (await c.read_flow(flow_id)).id == flow_id
        assert time.monotonic() - started < 1.0
    assert (faults.sent("GET", ONE_FLOW), faults.reached("GET", ONE_FLOW)) == (4, 1)


async def test_maintenance_503_is_retried_even_for_a_create(client, unique):
    deployment_id = await new_deployment(client, unique)
    faults = Faults(maintenance(method="POST", path=RUN_FROM_DEPLOYMENT, on=[1, 2]))
    async with faulty(faults) as c:
        run = await c.create_flow_run_from_deployment(deployment_id)  # no idempotency key
    assert faults.sent("POST", RUN_FROM_DEPLOYMENT) == 3
    assert faults.reached("POST", RUN_FROM_DEPLOYMENT) == 1
    runs = await client.read_flow_runs(deployment_filter=by_deployment(deployment_id))
    assert [r.id for r in runs] == [run.id]


@pytest.mark.parametrize("kind", ["refuse", "reset_before", "reset_after", "truncated"])
async def test_dropped_connection_on_a_read_is_retried(client, unique, kind):
    flow_id = await client.create_flow_from_name(unique)
    faults = Faults(fault(kind, method="GET", path=ONE_FLOW, on=[1, 2]))
    async with faulty(faults) as c:
        assert (await c.read_flow(flow_id)).id == flow_id
    assert faults.sent("GET", ONE_FLOW) == 3
    # reset_after and truncated lose answers the server gave
    assert faults.reached("GET", ONE_FLOW) == (3 if kind in ("reset_after", "truncated") else 1)


async def test_read_timeout_on_a_read_is_retried(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    faults = Faults(fault("read_timeout", delay=5.0, method="GET", path=ONE_FLOW, on=[1]))
    async with faulty(faults, timeout=0.3) as c:
        started = time.monotonic()
        assert (await c.read_flow(flow_id)).id == flow_id
        elapsed = time.monotonic() - started
    assert 0.3 - EPS <= elapsed < 1.5
    assert faults.reached("GET", ONE_FLOW) == 2


async def test_slow_answer_within_the_timeout_is_waited_for(client, unique):
    flow_id = await client.create_flow_from_name(unique)
    faults = Faults(fault("slow", delay=0.3, method="GET", path=ONE_FLOW))
    async with faulty(faults, timeout=2.0) as c:
        started = time.monotonic()
        assert (await c.read_flow(flow_id)).id == flow_id
        assert 0.3 - EPS <= time.monotonic() - started < 1.5
    assert (faults.sent("GET", ONE_FLOW), faults.reached("GET", ONE_FLOW)) == (1, 1)


# --- the budget is spent: one clear error ----------------------------------------


@pytest.mark.parametrize("status", [429, 502, 503, 504])
async def test_spent_budget_names_the_last_status_and_the_attempts(unique, status):
    faults = Faults(respond(status, method="GET", path=ONE_FLOW))
    async with faulty(faults, max_retries=2) as c:
        started = time.monotonic()
        with pytest.raises(PrefectHTTPStatusError) as info:
            await c.read_flow(uuid.uuid4())
        assert time.monotonic() - started < 1.0
    message = str(info.value)
    assert info.value.status_code == status
    assert f"answered {status}" in message and "after 3 attempts" in message
    assert "read_flow" in message
    assert (faults.sent("GET", ONE_FLOW), faults.reached("GET", ONE_FLOW)) == (3, 0)


async def test_spent_budget_on_transport_errors_names_the_attempts(unique):
    faults = Faults(fault("refuse", method="GET", path=ONE_FLOW))
    async with faulty(faults, max_retries=2) as c:
        with pytest.raises(PrefectTransportError) as info:
            await c.read_flow(uuid.uuid4())
    assert "after 3 attempt(s)" in str(info.value) and "ConnectError" in str(info.value)
    assert isinstance(info.value, PrefectRestError)
    assert faults.sent("GET", ONE_FLOW) == 3


# --- creates whose answer was lost: never applied twice ---------------------------

LOST_ANSWERS = [
    pytest.param(fault("reset_after"), id="reset-after-applied"),
    pytest.param(fault("truncated"), id="truncated-body"),
    pytest.param(fault("read_timeout", delay=5.0), id="read-timeout"),
    pytest.param(respond(502, after=True), id="502-after-applied"),
    pytest.param(respond(504, after=True), id="504-after-applied"),
]


def _on(rule: Fault, method: str, path: str, on: list[int] | None) -> Fault:
    """A fresh copy of a parametrized rule, aimed at ``method``/``path``."""
    return dataclasses.replace(rule, method=method, path=path, on=on, hits=0, fired=0)


@pytest.mark.parametrize("rule", LOST_ANSWERS)
async def test_run_from_deployment_with_key_is_retried_and_applied_once(client, unique, rule):
    deployment_id = await new_deployment(client, unique)
    faults = Faults(_on(rule, "POST", RUN_FROM_DEPLOYMENT, [1]))
    async with faulty(faults, timeout=0.5) as c:
        run = await c.create_flow_run_from_deployment(deployment_id, idempotency_key=unique)
    # Two tries: the faulted one (applied) and its retry; plus any real 503 of a busy
    # SQLite (not applied, retried) that came before the fault could fire.
    busy = [s for s in faults.seen("POST", RUN_FROM_DEPLOYMENT) if s.status == 503]
    assert faults.sent("POST", RUN_FROM_DEPLOYMENT) == 2 + len(busy)
    assert faults.reached("POST", RUN_FROM_DEPLOYMENT) == 2 + len(busy)  # the fault's applied
    runs = await client.read_flow_runs(deployment_filter=by_deployment(deployment_id))
    assert [r.id for r in runs] == [run.id]  # exactly one: no duplicate, none lost


@pytest.mark.parametrize("rule", LOST_ANSWERS)
async def test_run_from_deployment_without_key_gets_one_and_is_stored_once(client, unique, rule):
    """No key given: the client sends a generated one, so the retry is stored once."""
    deployment_id = await new_deployment(client, unique)
    faults = Faults(_on(rule, "POST", RUN_FROM_DEPLOYMENT, [1]))
    async with faulty(faults, timeout=0.5) as c:
        run = await c.create_flow_run_from_deployment(deployment_id)
    seen = faults.seen("POST", RUN_FROM_DEPLOYMENT)
    assert seen[-2].fault is not None and seen[-1].fault is None  # retried once after it
    runs = await client.read_flow_runs(deployment_filter=by_deployment(deployment_id))
    assert [r.id for r in runs] == [run.id]


async def test_create_flow_run_without_key_is_retried_and_stored_once(client, unique):
    faults = Faults(fault("reset_after", method="POST", path=FLOW_RUNS, on=[1]))
    async with faulty(faults, max_retries=5) as c:
        run = await c.create_flow_run(SimpleNamespace(name=unique))
    assert (faults.sent("POST", FLOW_RUNS), faults.reached("POST", FLOW_RUNS)) == (2, 2)
    flow = await client.read_flow_by_name(unique)
    runs = await client.read_flow_runs(flow_filter=by_flow(flow.id))
    assert [r.id for r in runs] == [run.id]  # applied once


async def test_many_faulty_creates_no_duplicates_no_lost_writes(client, unique):
    """A mixed burst over 12 keyed creates: every success is stored exactly once."""
    deployment_id = await new_deployment(client, unique)
    faults = Faults(
        fault("reset_after", method="POST", path=RUN_FROM_DEPLOYMENT, on=[1, 5, 9]),
        respond(503, method="POST", path=RUN_FROM_DEPLOYMENT, on=[2, 10]),
        respond(504, after=True, method="POST", path=RUN_FROM_DEPLOYMENT, on=[6, 12]),
        fault("truncated", method="POST", path=RUN_FROM_DEPLOYMENT, on=[14]),
    )
    created = []
    async with faulty(faults, max_retries=3) as c:
        for i in range(12):
            run = await c.create_flow_run_from_deployment(
                deployment_id, idempotency_key=f"{unique}-{i}"
            )
            created.append(run.id)
    runs = await client.read_flow_runs(deployment_filter=by_deployment(deployment_id))
    assert sorted(r.id for r in runs) == sorted(created)
    assert len(set(created)) == 12
    # Every failed try (an injected fault, or a real 503 of a busy SQLite) cost exactly
    # one more request; most of the 8 planned faults fire, as ordinals allow.
    seen = faults.seen("POST", RUN_FROM_DEPLOYMENT)
    failed = [s for s in seen if s.fault or (s.status is not None and s.status >= 300)]
    assert len(seen) == 12 + len(failed)
    assert sum(1 for s in failed if s.fault) >= 6


# --- garbage bodies: ResponseDecodeError, never KeyError / JSONDecodeError ---------

GARBAGE = [
    pytest.param(fault("html_200"), id="html-page-200"),
    pytest.param(
        respond(200, body=b'{"id": "6f1', headers={"content-type": "application/json"}),
        id="cut-json",
    ),
    pytest.param(respond(200, json_body=[1, 2]), id="list-not-object"),
    pytest.param(respond(200, json_body=None, body=b"null"), id="null"),
    pytest.param(respond(200, json_body={"detail": "ok"}), id="required-keys-missing"),
    pytest.param(respond(200, body=b"", headers={"content-type": "application/json"}), id="empty"),
]


def _assert_decode_error(exc: BaseException) -> None:
    assert isinstance(exc, ResponseDecodeError), repr(exc)
    assert not isinstance(exc, KeyError | json.JSONDecodeError | TypeError | AttributeError)


@pytest.mark.parametrize("rule", GARBAGE)
async def test_garbage_body_on_a_read_is_a_decode_error(client, unique, rule):
    flow_id = await client.create_flow_from_name(unique)
    faults = Faults(_on(rule, "GET", ONE_FLOW, None))
    async with faulty(faults) as c:
        with pytest.raises(PrefectRestError) as info:
            flow = await c.read_flow(flow_id)
            _ = (flow.id, flow.name, flow.created)
    _assert_decode_error(info.value)
    assert faults.sent("GET", ONE_FLOW) == 1  # a 200 is final: not retried


@pytest.mark.parametrize("rule", GARBAGE)
async def test_garbage_body_on_a_create_is_a_decode_error(client, unique, rule):
    faults = Faults(_on(rule, "POST", r"^/api/flows/$", None))
    async with faulty(faults) as c:
        with pytest.raises(PrefectRestError) as info:
            await c.create_flow_from_name(unique)
    _assert_decode_error(info.value)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"id": "not-a-uuid"}, id="bad-uuid"),
        pytest.param({"created": "yesterday"}, id="bad-datetime"),
        pytest.param({"tags": "a,b"}, id="string-not-list"),
        pytest.param({"name": 42}, id="int-not-string"),
    ],
)
async def test_wrongly_typed_field_is_a_decode_error_on_read(client, unique, change):
    flow_id = await client.create_flow_from_name(unique)
    faults = Faults(rewrite_json(lambda body: {**body, **change}, method="GET", path=ONE_FLOW))
    async with faulty(faults) as c:
        with pytest.raises(PrefectRestError) as info:
            flow = await c.read_flow(flow_id)
            _ = (flow.id, flow.name, flow.created, flow.tags)
    _assert_decode_error(info.value)
    assert next(iter(change)) in str(info.value)


async def test_list_with_a_garbage_item_is_a_decode_error(client, unique):
    await client.create_flow_from_name(unique)
    faults = Faults(
        rewrite_json(lambda body: [*body, "garbage"], method="POST", path="/flows/filter")
    )
    async with faulty(faults) as c:
        with pytest.raises(PrefectRestError) as info:
            flows = await c.read_flows(limit=2)
            _ = [f.name for f in flows]
    _assert_decode_error(info.value)


async def test_html_error_page_is_a_status_error_quoting_the_page(unique):
    page = b"<html><body><h1>500 Internal Server Error</h1></body></html>"
    faults = Faults(respond(500, body=page, headers={"content-type": "text/html"}, method="GET"))
    async with faulty(faults) as c:
        with pytest.raises(PrefectHTTPStatusError) as info:
            await c.read_flow(uuid.uuid4())
    assert info.value.status_code == 500 and "500 Internal Server Error" in str(info.value)
    assert faults.sent("GET", ONE_FLOW) == 1  # 500 is not retried


# --- forward compatibility through the facade ---------------------------------------


def _newer_flow_run(body: dict) -> dict:
    body = dict(body)
    body["state"] = {**body["state"], "type": "NEW_STATE", "brand_new_state_field": [1, 2]}
    body["state_type"] = "NEW_STATE"
    body["brand_new_field"] = {"nested": True}
    return body


async def test_unknown_state_type_and_fields_of_a_flow_run_survive(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    one_run = rf"^/api/flow_runs/{run.id}$"
    faults = Faults(rewrite_json(_newer_flow_run, method="GET", path=one_run))
    async with faulty(faults) as c:
        newer = await c.read_flow_run(run.id)
    assert newer.id == run.id
    assert newer.state.type == "NEW_STATE" and not newer.state.type.is_known
    assert newer.state_type == "NEW_STATE"
    assert newer.additional_properties["brand_new_field"] == {"nested": True}
    assert newer.state.additional_properties["brand_new_state_field"] == [1, 2]
    back = newer.to_dict()
    assert back["state"]["type"] == "NEW_STATE" and back["state_type"] == "NEW_STATE"
    assert back["brand_new_field"] == {"nested": True}
    assert back["state"]["brand_new_state_field"] == [1, 2]
    assert json.dumps(back)  # still plain JSON


async def test_unknown_work_pool_status_and_fields_survive(client, unique):
    await client.create_work_pool({"name": unique, "type": "process"})
    pool_path = rf"^/api/work_pools/{unique}$"

    def newer(body: dict) -> dict:
        return {**body, "status": "HIBERNATING", "carbon_budget": 3}

    faults = Faults(rewrite_json(newer, method="GET", path=pool_path))
    async with faulty(faults) as c:
        pool = await c.read_work_pool(unique)
    assert pool.name == unique
    assert pool.status == "HIBERNATING" and not pool.status.is_known
    assert pool.additional_properties == {"carbon_budget": 3}
    assert pool.to_dict()["status"] == "HIBERNATING" and pool.to_dict()["carbon_budget"] == 3


async def test_unknown_values_in_a_list_answer_survive(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    faults = Faults(
        rewrite_json(lambda runs: [_newer_flow_run(r) for r in runs], path="/flow_runs/filter")
    )
    async with faulty(faults) as c:
        (newer,) = await c.read_flow_runs(flow_run_filter={"id": {"any_": [str(run.id)]}})
    assert newer.state.type == "NEW_STATE" and newer.to_dict()["brand_new_field"] == {
        "nested": True
    }


# --- CSRF rejections are bounded ------------------------------------------------------


async def test_repeated_csrf_rejection_is_bounded(unique):
    """A server that keeps rejecting the CSRF token must not make the client loop.

    The injector rejects the first 40 tries and then lets requests through, so a
    client that never gives up ends up succeeding (and this test fails) instead
    of hanging.
    """
    faults = Faults(
        respond(200, json_body={"token": "t0k3n"}, method="GET", path="/csrf-token"),
        respond(
            403,
            json_body={"detail": "Invalid CSRF token or client identifier."},
            method="POST",
            path=r"^/api/flows/$",
            on=range(1, 41),
        ),
    )
    async with faulty(faults, max_retries=2) as c:
        with pytest.raises(AuthorizationError, match="403"):
            await c.create_flow_from_name(unique)
    assert faults.sent("POST", r"^/api/flows/$") <= 2 * (2 + 1)


# --- the sync client: same loop, derived code -----------------------------------------


def test_sync_429_retry_after_then_lost_keyed_answer(sync_client, unique):
    flow_id = sync_client.create_flow_from_name(unique)
    deployment_id = sync_client.create_deployment(flow_id, unique)
    faults = Faults(
        too_many_requests("1", method="POST", path=RUN_FROM_DEPLOYMENT, on=[1]),
        fault("reset_after", method="POST", path=RUN_FROM_DEPLOYMENT, on=[2]),
    )
    with sync_faulty(faults) as c:
        started = time.monotonic()
        run = c.create_flow_run_from_deployment(deployment_id, idempotency_key=unique)
        assert time.monotonic() - started < 1.8
    first, second, third = faults.seen("POST", RUN_FROM_DEPLOYMENT)
    assert second.at - first.at >= 1.0 - EPS
    assert [s.forwarded for s in (first, second, third)] == [False, True, True]
    runs = sync_client.read_flow_runs(deployment_filter=by_deployment(deployment_id))
    assert [r.id for r in runs] == [run.id]


def test_sync_create_without_key_and_spent_budget(sync_client, unique):
    faults = Faults(
        fault("reset_after", method="POST", path=FLOW_RUNS),
        respond(503, method="GET", path=ONE_FLOW),
    )
    with sync_faulty(faults, max_retries=2) as c:
        # every answer lost: retried under its generated key, stored once, then reported
        with pytest.raises(PrefectTransportError, match=r"after 3 attempt\(s\)") as info:
            c.create_flow_run(SimpleNamespace(name=unique))
        assert info.value.maybe_applied
        flow = sync_client.read_flow_by_name(unique)
        with pytest.raises(PrefectHTTPStatusError, match="after 3 attempts"):
            c.read_flow(flow.id)
    assert sync_client.count_flow_runs(flow_filter=by_flow(flow.id)) == 1
    assert faults.sent("POST", FLOW_RUNS) == 3 and faults.sent("GET", ONE_FLOW) == 3


def test_sync_garbage_is_a_decode_error(sync_client, unique):
    flow_id = sync_client.create_flow_from_name(unique)
    faults = Faults(fault("html_200", method="GET", path=ONE_FLOW))
    with sync_faulty(faults) as c, pytest.raises(ResponseDecodeError):
        c.read_flow(flow_id)


# --- on the wire: a loopback proxy in front of `prefect server start` -----------------


@pytest.fixture
def proxy(live_server_url) -> Iterator[FaultProxy]:
    with FaultProxy(live_server_url) as p:
        yield p


@pytest.fixture
async def live(live_server_url) -> AsyncIterator[PrefectClient]:
    """A clean client straight to the live server, for setup and counting."""
    async with PrefectClient(live_server_url, settings=settings()) as c:
        yield c


@pytest.mark.server
async def test_wire_reset_after_applied_with_and_without_key(proxy, live, unique):
    deployment_id = await new_deployment(live, unique)
    proxy.faults.add(fault("reset_after", method="POST", path=RUN_FROM_DEPLOYMENT, on=[1, 3]))
    async with PrefectClient(proxy.url, settings=settings()) as c:
        run = await c.create_flow_run_from_deployment(deployment_id, idempotency_key=unique)
        other = await c.create_flow_run_from_deployment(deployment_id)  # a generated key
    assert proxy.faults.reached("POST", RUN_FROM_DEPLOYMENT) == 4
    runs = await live.read_flow_runs(deployment_filter=by_deployment(deployment_id))
    assert sorted(r.id for r in runs) == sorted([run.id, other.id])  # each stored once


@pytest.mark.server
async def test_wire_reset_before_truncated_and_timeout_on_reads(proxy, live, unique):
    flow_id = await live.create_flow_from_name(unique)
    proxy.faults.add(
        fault("reset_before", method="GET", path=ONE_FLOW, on=[1]),
        fault("truncated", method="GET", path=ONE_FLOW, on=[2]),
        fault("read_timeout", delay=1.0, method="GET", path=ONE_FLOW, on=[3]),
    )
    async with PrefectClient(proxy.url, settings=settings(max_retries=3, timeout=0.4)) as c:
        started = time.monotonic()
        assert (await c.read_flow(flow_id)).id == flow_id
        assert time.monotonic() - started < 1.5
    assert proxy.faults.sent("GET", ONE_FLOW) == 4
    assert proxy.faults.reached("GET", ONE_FLOW) == 3  # the reset one never got there


@pytest.mark.server
async def test_wire_truncated_create_without_key_is_stored_once(proxy, live, unique):
    deployment_id = await new_deployment(live, unique)
    proxy.faults.add(fault("truncated", method="POST", path=RUN_FROM_DEPLOYMENT))
    async with PrefectClient(proxy.url, settings=settings()) as c:
        with pytest.raises(PrefectTransportError, match=r"after 4 attempt\(s\)"):
            await c.create_flow_run_from_deployment(deployment_id)
    assert await live.count_flow_runs(deployment_filter=by_deployment(deployment_id)) == 1


@pytest.mark.server
async def test_wire_429_date_maintenance_and_garbage(proxy, live, unique):
    flow_id = await live.create_flow_from_name(unique)
    not_before = math.ceil(time.time() + 0.3)
    proxy.faults.add(
        too_many_requests(http_date(not_before), method="GET", path=ONE_FLOW, on=[1]),
        maintenance(method="GET", path=ONE_FLOW, on=[2, 3]),
        fault("html_200", method="GET", path=ONE_FLOW, on=[5]),
    )
    async with PrefectClient(proxy.url, settings=settings()) as c:
        assert (await c.read_flow(flow_id)).id == flow_id
        seen = proxy.faults.seen("GET", ONE_FLOW)
        assert seen[1].at >= not_before - EPS
        with pytest.raises(ResponseDecodeError):
            await c.read_flow(flow_id)
    assert proxy.faults.reached("GET", ONE_FLOW) == 1


@pytest.mark.server
def test_wire_sync_client(live_server_url, unique):
    with SyncPrefectClient(live_server_url, settings=settings()) as live:
        flow_id = live.create_flow_from_name(unique)
        deployment_id = live.create_deployment(flow_id, unique)
    with FaultProxy(live_server_url) as proxy:
        proxy.faults.add(
            respond(502, method="POST", path=RUN_FROM_DEPLOYMENT, on=[1]),
            fault("reset_after", method="POST", path=RUN_FROM_DEPLOYMENT, on=[2]),
        )
        with SyncPrefectClient(proxy.url, settings=settings()) as c:
            run = c.create_flow_run_from_deployment(deployment_id, idempotency_key=unique)
            runs = c.read_flow_runs(deployment_filter=by_deployment(deployment_id))
    assert [r.id for r in runs] == [run.id]
    assert proxy.faults.sent("POST", RUN_FROM_DEPLOYMENT) == 3
