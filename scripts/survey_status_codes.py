#!/usr/bin/env python
"""Call every operation of the Prefect server and compare its real 2xx codes with the document.

The OpenAPI document of the Prefect 3.8.8 server does not always say which
success codes an operation answers with (``POST /flows/`` documents ``200``
but answers ``201`` when it creates the flow). This script finds such cases by
calling every operation of ``openapi.json`` against a running server with a
valid request, creating the objects the request needs first (flow, deployment,
flow run, task run, work pool and queue, block type, schema and document,
variables, artifacts, concurrency limits, automations, ...). Creates are also
called a second time with the same payload, to see the "already exists" or
upsert answer.

It prints one row per operation: the documented 2xx codes, the codes observed
(each with the label of the call that produced it) and notes on answers whose
body does not match the documented schema in an obvious way. Then a summary.

Usage::

    python scripts/survey_status_codes.py --url http://127.0.0.1:4290/api

Run it against a disposable server: it creates objects (names carry a random
``survey-<token>`` prefix), deletes most of them at the end, and sets then
restores the server's default result storage (``/admin/storage``). If the
server has CSRF protection enabled, the token is fetched and sent, so
``GET /csrf-token`` is exercised too (``PREFECT_SERVER_API_CSRF_PROTECTION_ENABLED=true``).
Answers 429/502/503 (a locked SQLite database) are retried up to 4 times.

Prefect 3.8.8 installed with SQLAlchemy 2.1.x answers 503 on
``POST /deployments/{id}/schedule`` (``Can't evaluate bulk DML statement``):
run the server with SQLAlchemy 2.0.x.

Exit status:

* 0: every observed success code is documented or listed in
  ``response_corrections.SUCCESS_CODES``;
* 1: at least one observed success code is neither documented nor listed;
* 2: no unlisted mismatch, but the survey is incomplete (an operation of the
  document was not called, or only answered errors).

Only ``httpx`` and the standard library are needed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import json
import sys
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, quote, urlparse

import httpx

HERE = Path(__file__).resolve().parent
DEFAULT_SPEC = HERE.parent / "openapi.json"
METHODS = ("get", "put", "post", "delete", "patch")
UNSET: Any = object()
RETRIES = 4

# Operations the survey cannot call with a valid request in a given setup. The
# reason is printed when the operation produced no success.
EXPECTED_GAPS: dict[tuple[str, str], str] = {
    ("GET", "/csrf-token"): (
        "answers 422 'CSRF protection is disabled.' unless the server runs with "
        "PREFECT_SERVER_API_CSRF_PROTECTION_ENABLED=true"
    ),
}


@dataclass
class Observation:
    label: str
    status: int
    kind: str  # JSON kind of the body: object, array, string, ..., "empty" or "text"
    media: str = ""  # content type of the answer, without parameters
    detail: str = ""
    body: Any = None  # decoded JSON body of a 2xx answer


@dataclass
class Operation:
    method: str
    path: str
    documented: dict[str, Any]  # 2xx code -> response object
    observations: list[Observation] = field(default_factory=list)


def now(offset_s: float = 0.0) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset_s)).isoformat()


def json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int):
        return "integer"
    return "number"


def body_kind(response: httpx.Response) -> str:
    if not response.content:
        return "empty"
    try:
        return json_kind(response.json())
    except ValueError:
        return "text"


class Survey:
    def __init__(self, client: httpx.Client, spec: dict[str, Any]) -> None:
        self.client = client
        self.spec = spec
        self.ops: dict[tuple[str, str], Operation] = {}
        for path, item in spec["paths"].items():
            for method, op in item.items():
                if method not in METHODS:
                    continue
                documented = {
                    code: resp for code, resp in op["responses"].items() if code.startswith("2")
                }
                self.ops[(method.upper(), path)] = Operation(method.upper(), path, documented)
        self.ctx: dict[str, Any] = {}
        self.token = uuid.uuid4().hex[:8]
        self.failures: list[str] = []
        self.retries = 0

    def name(self, kind: str) -> str:
        return f"survey-{self.token}-{kind}"

    def call(
        self,
        method: str,
        template: str,
        label: str = "",
        *,
        json: Any = UNSET,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        **path: Any,
    ) -> httpx.Response:
        key = (method, template)
        if key not in self.ops:
            raise KeyError(f"{method} {template} is not in the document")
        url = template
        for name, value in path.items():
            url = url.replace("{" + name + "}", quote(str(value), safe=""))
        kwargs: dict[str, Any] = {"params": params, "headers": headers}
        if json is not UNSET:
            kwargs["json"] = json
        # 503 is what the server answers on retryable database errors (a locked
        # SQLite database while its services write): retry like Prefect's client does.
        retried = 0
        for attempt in range(RETRIES + 1):
            response = self.client.request(method, url, **kwargs)
            if response.status_code not in (429, 502, 503) or attempt == RETRIES:
                break
            retried += 1
            time.sleep(0.25 * 2**attempt)
        self.retries += retried
        detail = ""
        if response.status_code >= 300:
            detail = response.text[:200]
        label = label or "call"
        if "/set_state" in template or template.endswith("/resume"):
            # say what the orchestration decided: the code depends on it
            with contextlib.suppress(ValueError, KeyError, TypeError):
                label = f"{label} -> {response.json()['status']}"
        if retried:
            label = f"{label} [after {retried} retries]"
        media = response.headers.get("content-type", "").split(";")[0].strip()
        kind = body_kind(response)
        body = response.json() if kind not in ("empty", "text") else None
        self.ops[key].observations.append(
            Observation(label, response.status_code, kind, media, detail, body)
        )
        return response

    def ok(self, response: httpx.Response) -> Any:
        """The decoded body of a successful answer, or an error that stops the current group."""
        if response.status_code >= 300:
            raise RuntimeError(
                f"{response.request.method} {response.request.url} -> "
                f"{response.status_code}: {response.text[:300]}"
            )
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            return response.text


# --------------------------------------------------------------------------- groups
# Each group is run on its own: a failure stops the group, not the survey.


def g_root(s: Survey) -> None:
    for path in ("/health", "/hello", "/ready", "/version", "/admin/settings", "/admin/version"):
        s.call("GET", path)
    s.call("GET", "/block_capabilities/")
    s.call("GET", "/collections/views/{view}", view="aggregate-worker-metadata")
    s.call("POST", "/templates/validate", "valid template", json="{{ flow.name }}")
    s.call("POST", "/automations/templates/validate", "valid template", json="{{ flow.name }}")
    s.call("POST", "/templates/validate", "invalid template", json="{{ flow.name ")
    s.call(
        "POST",
        "/ui/schemas/validate",
        json={
            "schema": {"type": "object", "properties": {"x": {"type": "integer"}}},
            "values": {"x": 1},
        },
    )
    s.call("POST", "/block_types/install_system_block_types")


def g_flows(s: Survey) -> None:
    c = s.call
    flow = s.ok(c("POST", "/flows/", "new", json={"name": s.name("flow"), "tags": ["survey"]}))
    c("POST", "/flows/", "existing", json={"name": s.name("flow")})
    s.ctx["flow"] = flow
    fid = flow["id"]
    c("GET", "/flows/{id}", id=fid)
    c("GET", "/flows/name/{name}", name=flow["name"])
    c("PATCH", "/flows/{id}", json={"tags": ["survey", "patched"]}, id=fid)
    c("POST", "/flows/count", json={})
    c("POST", "/flows/filter", json={"limit": 5})
    c("POST", "/flows/paginate", json={"limit": 5})
    c("POST", "/ui/flows/count-deployments", json={"flow_ids": [fid]})
    c("POST", "/ui/flows/next-runs", json={"flow_ids": [fid]})


def g_work_pools(s: Survey) -> None:
    c = s.call
    pool = s.ok(c("POST", "/work_pools/", "new", json={"name": s.name("pool"), "type": "process"}))
    s.ctx["pool"] = pool["name"]
    c("POST", "/work_pools/", "existing", json={"name": pool["name"], "type": "process"})
    queue = s.ok(
        c(
            "POST",
            "/work_pools/{work_pool_name}/queues",
            "new",
            json={"name": s.name("queue")},
            work_pool_name=pool["name"],
        )
    )
    s.ctx["queue"] = queue
    c(
        "POST",
        "/work_pools/{work_pool_name}/queues",
        "existing",
        json={"name": queue["name"]},
        work_pool_name=pool["name"],
    )
    wp = {"work_pool_name": pool["name"]}
    c("GET", "/work_pools/{name}", name=pool["name"])
    c("PATCH", "/work_pools/{name}", json={"description": "survey"}, name=pool["name"])
    c("POST", "/work_pools/count", json={})
    c("POST", "/work_pools/filter", json={"limit": 5})
    c("POST", "/work_pools/{name}/concurrency_status", json={}, name=pool["name"])
    c("POST", "/work_pools/{name}/get_scheduled_flow_runs", json={}, name=pool["name"])
    c("POST", "/work_pools/{work_pool_name}/queues/filter", json={}, **wp)
    c("GET", "/work_pools/{work_pool_name}/queues/{name}", name=queue["name"], **wp)
    c(
        "PATCH",
        "/work_pools/{work_pool_name}/queues/{name}",
        json={"description": "survey"},
        name=queue["name"],
        **wp,
    )
    worker = {"name": s.name("worker"), "heartbeat_interval_seconds": 30}
    c("POST", "/work_pools/{work_pool_name}/workers/heartbeat", "new", json=worker, **wp)
    c("POST", "/work_pools/{work_pool_name}/workers/heartbeat", "existing", json=worker, **wp)
    c("POST", "/work_pools/{work_pool_name}/workers/filter", json={}, **wp)


def g_work_queues(s: Survey) -> None:
    c = s.call
    wq = s.ok(c("POST", "/work_queues/", "new", json={"name": s.name("legacy-queue")}))
    s.ctx["legacy_queue"] = wq
    c("POST", "/work_queues/", "existing", json={"name": wq["name"]})
    c("GET", "/work_queues/{id}", id=wq["id"])
    c("GET", "/work_queues/name/{name}", name=wq["name"])
    c("PATCH", "/work_queues/{id}", json={"description": "survey"}, id=wq["id"])
    c("POST", "/work_queues/filter", json={"limit": 5})
    c("POST", "/work_queues/{id}/concurrency_status", json={}, id=wq["id"])
    c("POST", "/work_queues/{id}/get_runs", json={}, id=wq["id"])
    c(
        "POST",
        "/work_queues/{id}/get_runs",
        "x-prefect-ui",
        json={},
        id=wq["id"],
        headers={"x-prefect-ui": "true"},
    )
    c("GET", "/work_queues/{id}/status", id=wq["id"])


def g_deployments(s: Survey) -> None:
    c = s.call
    fid = s.ctx["flow"]["id"]
    body = {
        "name": s.name("deployment"),
        "flow_id": fid,
        "work_pool_name": s.ctx["pool"],
        "work_queue_name": s.ctx["queue"]["name"],
        "schedules": [{"schedule": {"interval": 3600}, "active": True}],
        "parameter_openapi_schema": {"type": "object", "properties": {}},
    }
    dep = s.ok(c("POST", "/deployments/", "new", json=body))
    c("POST", "/deployments/", "existing (upsert)", json=body)
    s.ctx["deployment"] = dep
    did = {"id": dep["id"]}
    c("GET", "/deployments/{id}", **did)
    c(
        "GET",
        "/deployments/name/{flow_name}/{deployment_name}",
        flow_name=s.ctx["flow"]["name"],
        deployment_name=dep["name"],
    )
    c("PATCH", "/deployments/{id}", json={"description": "survey"}, **did)
    c("POST", "/deployments/count", json={})
    c("POST", "/deployments/filter", json={"limit": 5})
    c("POST", "/deployments/paginate", json={"limit": 5})
    c("POST", "/deployments/{id}/schedule", json={}, **did)
    c("POST", "/deployments/get_scheduled_flow_runs", json={"deployment_ids": [dep["id"]]})
    c("GET", "/deployments/{id}/work_queue_check", **did)
    c("POST", "/deployments/{id}/pause_deployment", **did)
    c("POST", "/deployments/{id}/resume_deployment", **did)
    scheds = s.ok(
        c(
            "POST",
            "/deployments/{id}/schedules",
            "new",
            json=[{"schedule": {"interval": 7200}, "active": False}],
            **did,
        )
    )
    c("GET", "/deployments/{id}/schedules", **did)
    sid = scheds[0]["id"]
    c(
        "PATCH",
        "/deployments/{id}/schedules/{schedule_id}",
        json={"active": False},
        schedule_id=sid,
        **did,
    )
    c("DELETE", "/deployments/{id}/schedules/{schedule_id}", schedule_id=sid, **did)
    key = s.name("dep-run-key")
    run = s.ok(
        c("POST", "/deployments/{id}/create_flow_run", "new", json={"idempotency_key": key}, **did)
    )
    c(
        "POST",
        "/deployments/{id}/create_flow_run",
        "same idempotency_key",
        json={"idempotency_key": key},
        **did,
    )
    s.ctx["deployment_run"] = run
    c("POST", "/deployments/{id}/create_flow_run/bulk", json=[{}, {}], **did)
    c("POST", "/deployments/{id}/create_flow_run/bulk", "empty list", json=[], **did)


def g_flow_runs(s: Survey) -> None:
    c = s.call
    fid = s.ctx["flow"]["id"]
    key = s.name("run-key")
    body = {"flow_id": fid, "name": s.name("run"), "idempotency_key": key}
    fr = s.ok(c("POST", "/flow_runs/", "new", json=body))
    c("POST", "/flow_runs/", "same idempotency_key", json=body)
    s.ctx["flow_run"] = fr
    rid = {"id": fr["id"]}
    c("GET", "/flow_runs/{id}", **rid)
    c("PATCH", "/flow_runs/{id}", json={"name": s.name("run-renamed")}, **rid)
    c("PATCH", "/flow_runs/{id}/labels", json={"survey": "yes"}, **rid)
    c("POST", "/flow_runs/count", json={})
    c("POST", "/flow_runs/filter", json={"limit": 5})
    c("POST", "/flow_runs/paginate", json={"limit": 5})
    c("POST", "/flow_runs/lateness", json={})
    history = {"history_start": now(-3600), "history_end": now(), "history_interval_seconds": 600}
    c("POST", "/flow_runs/history", json=history)
    c("POST", "/ui/flow_runs/history", json={"limit": 5})
    c("POST", "/ui/flow_runs/count-task-runs", json={"flow_run_ids": [fr["id"]]})

    def set_state(label: str, state: dict[str, Any], **extra: Any) -> httpx.Response:
        return c("POST", "/flow_runs/{id}/set_state", label, json={"state": state, **extra}, **rid)

    set_state("PENDING (new run)", {"type": "PENDING", "name": "Pending"})
    set_state("PENDING again", {"type": "PENDING", "name": "Pending"})
    set_state("RUNNING", {"type": "RUNNING", "name": "Running"})
    pause = {
        "type": "PAUSED",
        "name": "Paused",
        "state_details": {"pause_timeout": now(3600), "pause_reschedule": False},
    }
    set_state("PAUSED", pause)
    c("POST", "/flow_runs/{id}/resume", "paused run", json={}, **rid)
    c("POST", "/flow_runs/{id}/resume", "run not paused", json={}, **rid)

    # inputs
    inp = {"fid": fr["id"]}
    c("POST", "/flow_runs/{id}/input", "new", json={"key": "survey-k", "value": '"v"'}, **rid)
    c(
        "POST",
        "/flow_runs/{id}/input",
        "existing key",
        json={"key": "survey-k", "value": '"v"'},
        **rid,
    )
    c("GET", "/flow_runs/{id}/input/{key}", key="survey-k", id=inp["fid"])
    c("POST", "/flow_runs/{id}/input/filter", json={"prefix": "survey"}, **rid)
    c("DELETE", "/flow_runs/{id}/input/{key}", key="survey-k", id=inp["fid"])

    # logs
    log = {
        "name": "survey",
        "level": 20,
        "message": "hello",
        "timestamp": now(),
        "flow_run_id": fr["id"],
    }
    c("POST", "/logs/", json=[log, log])
    c("POST", "/logs/filter", json={"limit": 5})
    c("GET", "/flow_runs/{id}/logs/download", **rid)

    c("GET", "/flow_runs/{id}/graph", **rid)
    c("GET", "/flow_runs/{id}/graph-v2", **rid)
    states = s.ok(c("GET", "/flow_run_states/", params={"flow_run_id": fr["id"]}))
    c("GET", "/flow_run_states/{id}", id=states[0]["id"])
    set_state("COMPLETED", {"type": "COMPLETED", "name": "Completed"})
    set_state("RUNNING after COMPLETED", {"type": "RUNNING", "name": "Running"})
    set_state("PENDING after RUNNING", {"type": "PENDING", "name": "Pending"})
    set_state("RUNNING forced", {"type": "RUNNING", "name": "Running"}, force=True)


def g_task_runs(s: Survey) -> None:
    c = s.call
    fr = s.ctx["flow_run"]
    body = {
        "flow_run_id": fr["id"],
        "task_key": s.name("task"),
        "dynamic_key": "0",
        "name": s.name("task-run"),
    }
    tr = s.ok(c("POST", "/task_runs/", "new", json=body))
    c("POST", "/task_runs/", "existing (same flow_run/task_key/dynamic_key)", json=body)
    s.ctx["task_run"] = tr
    tid = {"id": tr["id"]}
    c("GET", "/task_runs/{id}", **tid)
    c("GET", "/ui/task_runs/{id}", **tid)
    c("PATCH", "/task_runs/{id}", json={"name": s.name("task-run-renamed")}, **tid)
    c("POST", "/task_runs/count", json={})
    c("POST", "/task_runs/filter", json={"limit": 5})
    c("POST", "/task_runs/paginate", json={"limit": 5})
    history = {"history_start": now(-3600), "history_end": now(), "history_interval_seconds": 600}
    c("POST", "/task_runs/history", json=history)
    c("POST", "/ui/task_runs/count", json={})
    c(
        "POST",
        "/ui/task_runs/dashboard/counts",
        json={"task_runs": {"start_time": {"after_": now(-86400)}}},
    )

    def set_state(label: str, state: dict[str, Any], **extra: Any) -> httpx.Response:
        return c("POST", "/task_runs/{id}/set_state", label, json={"state": state, **extra}, **tid)

    set_state("PENDING (new run)", {"type": "PENDING", "name": "Pending"})
    set_state("PENDING again", {"type": "PENDING", "name": "Pending"})
    set_state("RUNNING", {"type": "RUNNING", "name": "Running"})
    set_state("PENDING after RUNNING", {"type": "PENDING", "name": "Pending"})
    set_state("COMPLETED", {"type": "COMPLETED", "name": "Completed"})
    set_state("RUNNING after COMPLETED", {"type": "RUNNING", "name": "Running"})
    # a task run whose flow run is not running: RUNNING is aborted
    stopped = s.ok(
        c(
            "POST",
            "/flow_runs/",
            "new (COMPLETED)",
            json={"flow_id": fr["flow_id"], "state": {"type": "COMPLETED"}},
        )
    )
    s.ctx["stopped_flow_run"] = stopped
    tr2 = s.ok(
        c(
            "POST",
            "/task_runs/",
            "new (in a COMPLETED flow run)",
            json={"flow_run_id": stopped["id"], "task_key": s.name("task2"), "dynamic_key": "0"},
        )
    )
    c(
        "POST",
        "/task_runs/{id}/set_state",
        "RUNNING in a stopped flow run",
        json={"state": {"type": "RUNNING", "name": "Running"}},
        id=tr2["id"],
    )
    states = s.ok(c("GET", "/task_run_states/", params={"task_run_id": tr["id"]}))
    c("GET", "/task_run_states/{id}", id=states[0]["id"])
    c("POST", "/task_workers/filter", json={})


def g_blocks(s: Survey) -> None:
    c = s.call
    bt_body = {"name": s.name("block-type"), "slug": s.name("block-type")}
    bt = s.ok(c("POST", "/block_types/", "new", json=bt_body))
    c("POST", "/block_types/", "existing", json=bt_body)
    s.ctx["block_type"] = bt
    c("GET", "/block_types/{id}", id=bt["id"])
    c("GET", "/block_types/slug/{slug}", slug=bt["slug"])
    c("PATCH", "/block_types/{id}", json={"description": "survey"}, id=bt["id"])
    c("POST", "/block_types/filter", json={"limit": 5})
    bs_body = {
        "block_type_id": bt["id"],
        "fields": {
            "title": "SurveyStorage",
            "type": "object",
            "properties": {"value": {"title": "Value", "type": "string"}},
        },
        "capabilities": ["write-path", "read-path"],
        "version": "1",
    }
    bs = s.ok(c("POST", "/block_schemas/", "new", json=bs_body))
    c("POST", "/block_schemas/", "existing", json=bs_body)
    s.ctx["block_schema"] = bs
    c("GET", "/block_schemas/{id}", id=bs["id"])
    c("GET", "/block_schemas/checksum/{checksum}", checksum=bs["checksum"])
    c("POST", "/block_schemas/filter", json={"limit": 5})
    bd_body = {
        "name": s.name("block-doc"),
        "block_schema_id": bs["id"],
        "block_type_id": bt["id"],
        "data": {"value": "x"},
    }
    bd = s.ok(c("POST", "/block_documents/", "new", json=bd_body))
    c("POST", "/block_documents/", "existing", json=bd_body)
    s.ctx["block_document"] = bd
    c("GET", "/block_documents/{id}", id=bd["id"])
    c("PATCH", "/block_documents/{id}", json={"data": {"value": "y"}}, id=bd["id"])
    c("POST", "/block_documents/count", json={})
    c("POST", "/block_documents/filter", json={"limit": 5})
    c("GET", "/block_types/slug/{slug}/block_documents", slug=bt["slug"])
    c(
        "GET",
        "/block_types/slug/{slug}/block_documents/name/{block_document_name}",
        slug=bt["slug"],
        block_document_name=bd["name"],
    )
    # server default result storage: set to our block, clear, then restore
    before = s.ok(c("GET", "/admin/storage")) or {}
    c("PUT", "/admin/storage", json={"default_result_storage_block_id": bd["id"]})
    c("DELETE", "/admin/storage")
    previous = before.get("default_result_storage_block_id")
    if previous:
        c("PUT", "/admin/storage", "restore", json={"default_result_storage_block_id": previous})


def g_concurrency(s: Survey) -> None:
    c = s.call
    tag = s.name("tag")
    body = {"tag": tag, "concurrency_limit": 2}
    v1 = s.ok(c("POST", "/concurrency_limits/", "new", json=body))
    c("POST", "/concurrency_limits/", "existing (update)", json=body)
    c("GET", "/concurrency_limits/{id}", id=v1["id"])
    c("GET", "/concurrency_limits/tag/{tag}", tag=tag)
    c("POST", "/concurrency_limits/filter", json={"limit": 5})
    slot = {"names": [tag], "task_run_id": str(uuid.uuid4())}
    c("POST", "/concurrency_limits/increment", json=slot)
    c("POST", "/concurrency_limits/decrement", json=slot)
    c("POST", "/concurrency_limits/tag/{tag}/reset", json={}, tag=tag)
    c("DELETE", "/concurrency_limits/tag/{tag}", tag=tag)
    tag2 = s.name("tag2")
    v1b = s.ok(c("POST", "/concurrency_limits/", "new", json={"tag": tag2, "concurrency_limit": 1}))
    c("DELETE", "/concurrency_limits/{id}", id=v1b["id"])

    name = s.name("limit")
    v2 = s.ok(c("POST", "/v2/concurrency_limits/", "new", json={"name": name, "limit": 2}))
    c("POST", "/v2/concurrency_limits/", "existing", json={"name": name, "limit": 2})
    c("GET", "/v2/concurrency_limits/{id_or_name}", "by id", id_or_name=v2["id"])
    c("GET", "/v2/concurrency_limits/{id_or_name}", "by name", id_or_name=name)
    c("PATCH", "/v2/concurrency_limits/{id_or_name}", json={"limit": 3}, id_or_name=name)
    c("POST", "/v2/concurrency_limits/filter", json={"limit": 5})
    slots = {"names": [name], "slots": 1}
    c("POST", "/v2/concurrency_limits/increment", json={**slots, "mode": "concurrency"})
    c("POST", "/v2/concurrency_limits/decrement", json=slots)
    lease = s.ok(
        c(
            "POST",
            "/v2/concurrency_limits/increment-with-lease",
            json={**slots, "lease_duration": 60},
        )
    )
    c(
        "POST",
        "/v2/concurrency_limits/leases/{lease_id}/renew",
        json={"lease_duration": 60},
        lease_id=lease["lease_id"],
    )
    c("POST", "/v2/concurrency_limits/decrement-with-lease", json={"lease_id": lease["lease_id"]})
    c("DELETE", "/v2/concurrency_limits/{id_or_name}", id_or_name=name)


def g_variables(s: Survey) -> None:
    c = s.call
    body = {"name": s.name("var").replace("-", "_"), "value": {"a": 1}}
    var = s.ok(c("POST", "/variables/", "new", json=body))
    c("POST", "/variables/", "existing", json=body)
    c("GET", "/variables/{id}", id=var["id"])
    c("GET", "/variables/name/{name}", name=var["name"])
    c("PATCH", "/variables/{id}", json={"value": 2}, id=var["id"])
    c("PATCH", "/variables/name/{name}", json={"value": 3}, name=var["name"])
    c("POST", "/variables/count", json={})
    c("POST", "/variables/filter", json={"limit": 5})
    c("DELETE", "/variables/{id}", id=var["id"])
    var2 = s.ok(c("POST", "/variables/", "new", json={**body, "name": body["name"] + "_2"}))
    c("DELETE", "/variables/name/{name}", name=var2["name"])


def g_artifacts(s: Survey) -> None:
    c = s.call
    body = {
        "key": s.name("artifact"),
        "type": "markdown",
        "data": "# survey",
        "flow_run_id": s.ctx.get("flow_run", {}).get("id"),
    }
    art = s.ok(c("POST", "/artifacts/", "new", json=body))
    c("POST", "/artifacts/", "same key again", json=body)
    c("GET", "/artifacts/{id}", id=art["id"])
    c("GET", "/artifacts/{key}/latest", key=art["key"])
    c("PATCH", "/artifacts/{id}", json={"description": "survey"}, id=art["id"])
    c("POST", "/artifacts/count", json={})
    c("POST", "/artifacts/filter", json={"limit": 5})
    c("POST", "/artifacts/latest/count", json={})
    c("POST", "/artifacts/latest/filter", json={"limit": 5})
    c("DELETE", "/artifacts/{id}", id=art["id"])


def g_automations(s: Survey) -> None:
    c = s.call
    owner = f"survey.owner.{s.token}"
    body = {
        "name": s.name("automation"),
        "trigger": {
            "type": "event",
            "match": {"prefect.resource.id": f"survey.{s.token}"},
            "expect": ["survey.event"],
            "posture": "Reactive",
            "threshold": 1,
            "within": 0,
        },
        "actions": [{"type": "do-nothing"}],
        "enabled": True,
    }
    auto = s.ok(c("POST", "/automations/", "new", json=body))
    c("POST", "/automations/", "same body again", json=body)
    aid = {"id": auto["id"]}
    c("GET", "/automations/{id}", **aid)
    c("PATCH", "/automations/{id}", json={"enabled": False}, **aid)
    c("PUT", "/automations/{id}", json={**body, "description": "survey"}, **aid)
    c("POST", "/automations/count", json={})
    c("POST", "/automations/filter", json={"limit": 5})
    dep = s.ctx.get("deployment")
    related = f"prefect.deployment.{dep['id']}" if dep else f"survey.{s.token}"
    c("GET", "/automations/related-to/{resource_id}", resource_id=related)
    c("DELETE", "/automations/{id}", **aid)
    s.ok(c("POST", "/automations/", "new (owned)", json={**body, "owner_resource": owner}))
    c("DELETE", "/automations/owned-by/{resource_id}", resource_id=owner)


def g_events(s: Survey) -> None:
    c = s.call
    resource = f"survey.{s.token}"
    events = [
        {
            "id": str(uuid.uuid4()),
            "occurred": now(),
            "event": "survey.event",
            "resource": {"prefect.resource.id": resource},
        }
        for _ in range(3)
    ]
    c("POST", "/events", json=events)
    flt = {"filter": {"resource": {"id": [resource]}}, "limit": 1}
    page: dict[str, Any] = {}
    for _ in range(20):  # events are persisted asynchronously
        page = s.ok(c("POST", "/events/filter", json=flt))
        if page.get("next_page"):
            break
        time.sleep(0.5)
    if page.get("next_page"):
        token = parse_qs(urlparse(page["next_page"]).query)["page-token"][0]
        c("GET", "/events/filter/next", params={"page-token": token})
    for countable in ("day", "time", "event", "resource"):
        c(
            "POST",
            "/events/count-by/{countable}",
            countable,
            json={"filter": {"resource": {"id": [resource]}}},
            countable=countable,
        )


def g_saved_searches(s: Survey) -> None:
    c = s.call
    body = {"name": s.name("search"), "filters": []}
    ss = s.ok(c("PUT", "/saved_searches/", "new", json=body))
    c("PUT", "/saved_searches/", "existing name (replace)", json=body)
    c("GET", "/saved_searches/{id}", id=ss["id"])
    c("POST", "/saved_searches/filter", json={"limit": 5})
    c("DELETE", "/saved_searches/{id}", id=ss["id"])


def g_cleanup(s: Survey) -> None:
    c = s.call
    ctx = s.ctx
    if "task_run" in ctx:
        c("DELETE", "/task_runs/{id}", id=ctx["task_run"]["id"])
    fid = ctx.get("flow", {}).get("id")
    if fid:
        # a throwaway run for bulk_set_state / bulk_delete, another for DELETE
        ids = [s.ok(c("POST", "/flow_runs/", "new", json={"flow_id": fid}))["id"] for _ in range(2)]
        c(
            "POST",
            "/flow_runs/bulk_set_state",
            json={"flow_runs": {"id": {"any_": ids}}, "state": {"type": "CANCELLED"}},
        )
        c("POST", "/flow_runs/bulk_delete", json={"flow_runs": {"id": {"any_": ids[:1]}}})
        c("DELETE", "/flow_runs/{id}", id=ids[1])
    for key in ("flow_run", "stopped_flow_run"):
        if key in ctx:
            c("DELETE", "/flow_runs/{id}", id=ctx[key]["id"])
    if "deployment" in ctx:
        dep = ctx["deployment"]
        extra = s.ok(
            c("POST", "/deployments/", "new", json={"name": s.name("dep2"), "flow_id": fid})
        )
        c("POST", "/deployments/bulk_delete", json={"deployments": {"id": {"any_": [extra["id"]]}}})
        c("DELETE", "/deployments/{id}", id=dep["id"])
    if "legacy_queue" in ctx:
        c("DELETE", "/work_queues/{id}", id=ctx["legacy_queue"]["id"])
    if "pool" in ctx:
        wp = {"work_pool_name": ctx["pool"]}
        c("DELETE", "/work_pools/{work_pool_name}/workers/{name}", name=s.name("worker"), **wp)
        c("DELETE", "/work_pools/{work_pool_name}/queues/{name}", name=ctx["queue"]["name"], **wp)
        c("DELETE", "/work_pools/{name}", name=ctx["pool"])
    if "block_document" in ctx:
        c("DELETE", "/block_documents/{id}", id=ctx["block_document"]["id"])
    if "block_schema" in ctx:
        c("DELETE", "/block_schemas/{id}", id=ctx["block_schema"]["id"])
    if "block_type" in ctx:
        c("DELETE", "/block_types/{id}", id=ctx["block_type"]["id"])
    if fid:
        extra_flow = s.ok(c("POST", "/flows/", "new", json={"name": s.name("flow2")}))
        c("POST", "/flows/bulk_delete", json={"flows": {"id": {"any_": [extra_flow["id"]]}}})
        c("DELETE", "/flows/{id}", id=fid)


GROUPS: list[Callable[[Survey], None]] = [
    g_root,
    g_flows,
    g_work_pools,
    g_work_queues,
    g_deployments,
    g_flow_runs,
    g_task_runs,
    g_blocks,
    g_concurrency,
    g_variables,
    g_artifacts,
    g_automations,
    g_events,
    g_saved_searches,
    g_cleanup,
]


# --------------------------------------------------------------------------- analysis


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def schema_kinds(spec: dict[str, Any], schema: dict[str, Any]) -> set[str] | None:
    """JSON kinds a schema allows, or None when it does not say (empty schema)."""
    schema = resolve(spec, schema)
    if "anyOf" in schema or "oneOf" in schema:
        kinds: set[str] = set()
        for sub in schema.get("anyOf", schema.get("oneOf")):
            sub_kinds = schema_kinds(spec, sub)
            if sub_kinds is None:
                return None
            kinds |= sub_kinds
        return kinds
    t = schema.get("type")
    if t is None:
        if "properties" in schema:
            return {"object"}
        if "enum" in schema:
            return {json_kind(v) for v in schema["enum"]}
        return None
    kinds = set(t) if isinstance(t, list) else {t}
    if "number" in kinds:
        kinds.add("integer")
    return kinds


def schema_notes(spec: dict[str, Any], op: Operation) -> list[str]:
    """Obvious disagreements between the bodies seen and the documented content."""
    notes = []
    for obs in op.observations:
        if not 200 <= obs.status < 300:
            continue
        resp = op.documented.get(str(obs.status))
        if resp is None:  # undocumented code: compare with the first documented one
            resp = next(iter(op.documented.values()), {})
        content = resp.get("content") or {}
        if not content:
            if obs.kind != "empty":
                notes.append(f"{obs.status}: documents no content, body is {obs.kind}")
            continue
        media, media_obj = next(iter(content.items()))
        schema = media_obj.get("schema", {})
        if obs.kind == "empty":
            notes.append(f"{obs.status}: documents {media}, body is empty")
            continue
        if obs.media and obs.media != media:
            notes.append(f"{obs.status}: documents {media}, answers {obs.media} ({obs.kind})")
            continue
        if obs.kind == "text":
            notes.append(f"{obs.status}: documents {media}, body is not JSON")
            continue
        kinds = schema_kinds(spec, schema)
        if kinds is None:
            notes.append(f"{obs.status}: documents an empty schema {{}}, body is {obs.kind}")
        elif obs.kind not in kinds:
            notes.append(f"{obs.status}: documents {'|'.join(sorted(kinds))}, body is {obs.kind}")
        else:
            missing = missing_required(spec, schema, obs.body)
            if missing:
                notes.append(f"{obs.status}: required keys missing from the body: {missing}")
    return sorted(set(notes))


def missing_required(spec: dict[str, Any], schema: dict[str, Any], body: Any) -> list[str]:
    """Required properties of the documented object (or array item) absent from the body."""
    schema = resolve(spec, schema)
    if isinstance(body, list) and body:
        return missing_required(spec, schema.get("items", {}), body[0])
    if not isinstance(body, dict):
        return []
    return [key for key in schema.get("required", []) if key not in body]


def load_corrections() -> ModuleType | None:
    path = HERE / "response_corrections.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("response_corrections", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report(survey: Survey, elapsed: float) -> int:
    corrections = load_corrections()
    known_codes: dict[tuple[str, str], dict[str, str]] = getattr(corrections, "SUCCESS_CODES", {})
    known_notes: dict[tuple[str, str], str] = getattr(corrections, "SCHEMA_NOTES", {})
    rows = []
    unlisted, listed, not_exercised, new_notes = [], [], [], []
    for key in sorted(survey.ops):
        op = survey.ops[key]
        documented = sorted(op.documented)
        seen: dict[int, list[str]] = {}
        for obs in op.observations:
            seen.setdefault(obs.status, []).append(obs.label)
        observed = ", ".join(
            f"{code} ({'; '.join(dict.fromkeys(labels))})" for code, labels in sorted(seen.items())
        )
        success = sorted({str(c) for c in seen if 200 <= c < 300})
        missing = [c for c in success if c not in op.documented]
        flag = ""
        if not success:
            flag = "NOT EXERCISED"
            errors = [f"{o.status} {o.detail}" for o in op.observations]
            reason = EXPECTED_GAPS.get(key) or ("; ".join(errors) or "no request built")
            not_exercised.append(f"{key[0]} {key[1]}: {reason}")
        elif missing:
            if all(c in known_codes.get(key, {}) for c in missing):
                flag = "MISMATCH (listed)"
                listed.append(key)
            else:
                flag = "MISMATCH (NOT LISTED)"
                unlisted.append(f"{key[0]} {key[1]}: undocumented {', '.join(missing)}")
        notes = schema_notes(survey.spec, op)
        if notes and key not in known_notes:
            new_notes.append(f"{key[0]} {key[1]}: {'; '.join(notes)}")
        rows.append((f"{key[0]} {key[1]}", ",".join(documented), observed or "-", flag))

    w0 = max(len(r[0]) for r in rows)
    w1 = max(len("documented"), *(len(r[1]) for r in rows))
    print(f"{'operation':<{w0}}  {'documented':<{w1}}  observed")
    for op_name, doc, obs, flag in rows:
        print(f"{op_name:<{w0}}  {doc:<{w1}}  {obs}{'  <-- ' + flag if flag else ''}")

    stale = [
        f"{k[0]} {k[1]}: {code}"
        for k, codes in known_codes.items()
        for code in codes
        if k in survey.ops and int(code) not in {o.status for o in survey.ops[k].observations}
    ]
    print()
    for title, items in (
        ("Undocumented success codes NOT in response_corrections.SUCCESS_CODES", unlisted),
        ("Not exercised", not_exercised),
        ("Body/schema disagreements not in response_corrections.SCHEMA_NOTES", new_notes),
        ("Listed corrections not observed in this run", stale),
        ("Errors in survey groups", survey.failures),
    ):
        if items:
            print(f"{title}:")
            for item in items:
                print(f"  {item}")
    exercised = len(survey.ops) - len(not_exercised)
    print(
        f"\nSUMMARY: {exercised}/{len(survey.ops)} operations exercised, "
        f"{len(listed) + len(unlisted)} with undocumented success codes "
        f"({len(listed)} listed, {len(unlisted)} not listed), "
        f"{len(not_exercised)} not exercised, {survey.retries} retries after 429/502/503, "
        f"{elapsed:.1f} s"
    )
    if unlisted:
        return 1
    gaps = [
        k for k in not_exercised if not any(k.startswith(f"{m} {p}:") for m, p in EXPECTED_GAPS)
    ]
    return 2 if gaps or survey.failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:4290/api", help="API root URL")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args(argv)

    spec = json.loads(args.spec.read_text())
    started = time.monotonic()
    with httpx.Client(base_url=args.url.rstrip("/"), timeout=args.timeout) as client:
        survey = Survey(client, spec)
        csrf = survey.call("GET", "/csrf-token", params={"client": survey.token})
        if csrf.status_code == 200:
            client.headers["Prefect-Csrf-Token"] = csrf.json()["token"]
            client.headers["Prefect-Csrf-Client"] = survey.token
        for group in GROUPS:
            try:
                group(survey)
            except Exception as exc:  # report it, go on with the next group
                survey.failures.append(f"{group.__name__}: {exc!r}")
                traceback.print_exc(file=sys.stderr)
    return report(survey, time.monotonic() - started)


if __name__ == "__main__":
    sys.exit(main())
