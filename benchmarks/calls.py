"""Client-side cost per call: every contender talks to the same ``httpx.MockTransport``."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx

from .bodies import flow_runs_body
from .harness import Context, record, repeat


def _json_response(body: bytes, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=body, headers={"content-type": "application/json"})


def bench_calls(calls: int, times: int) -> None:
    """Client-side cost per call: every contender talks to the same MockTransport."""
    import prefect
    from prefect.client.orchestration import PrefectClient as TheirClient
    from prefect.states import Running as TheirRunning
    from prefect_rest import PrefectClient
    from prefect_rest.states import Running

    runs_body = flow_runs_body(200)
    run = json.loads(runs_body)[0]
    run_bytes = json.dumps(run).encode()
    flow_bytes = json.dumps(
        {
            "id": run["flow_id"],
            "name": "bench",
            "created": run["created"],
            "updated": run["updated"],
            "tags": [],
            "labels": {},
        }
    ).encode()
    result_bytes = json.dumps(
        {
            "status": "ACCEPT",
            "state": {**run["state"], "type": "RUNNING", "name": "Running"},
            "details": {"type": "accept_details"},
        }
    ).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/csrf-token"):
            return httpx.Response(422, json={"detail": "CSRF protection is disabled."})
        if path.endswith("/flow_runs/filter"):
            return _json_response(runs_body)
        if path.endswith("/set_state"):
            return _json_response(result_bytes, 201)
        if path.endswith("/flow_runs/") or "/flow_runs/" in path:
            return _json_response(run_bytes, 201 if request.method == "POST" else 200)
        return _json_response(flow_bytes)

    base = "http://bench.local/api"
    run_id = run["id"]

    @prefect.flow(name="bench")
    def bench_flow() -> None:  # the object both clients' create_flow_run take
        pass

    raw_calls = {
        "read_flow": lambda c: c.get(f"/flows/{run['flow_id']}"),
        "create_flow_run": lambda c: c.post(
            "/flow_runs/", json={"flow_id": run["flow_id"], "state": {"type": "PENDING"}}
        ),
        "set_flow_run_state": lambda c: c.post(
            f"/flow_runs/{run_id}/set_state", json={"state": {"type": "RUNNING"}}
        ),
        "read_flow_runs(limit=200)": lambda c: c.post("/flow_runs/filter", json={"limit": 200}),
    }
    ours_calls = {
        "read_flow": lambda c: c.read_flow(run["flow_id"]),
        "create_flow_run": lambda c: c.create_flow_run(bench_flow),
        "set_flow_run_state": lambda c: c.set_flow_run_state(run_id, Running()),
        "read_flow_runs(limit=200)": lambda c: c.read_flow_runs(limit=200),
    }
    their_calls = {
        "read_flow": lambda c: c.read_flow(uuid.UUID(run["flow_id"])),
        "create_flow_run": lambda c: c.create_flow_run(bench_flow),
        "set_flow_run_state": lambda c: c.set_flow_run_state(uuid.UUID(run_id), TheirRunning()),
        "read_flow_runs(limit=200)": lambda c: c.read_flow_runs(limit=200),
    }

    async def go(who: str, op: str, n: int) -> None:
        transport = httpx.MockTransport(handler)
        if who == "raw":
            async with httpx.AsyncClient(base_url=base, transport=transport) as c:
                for _ in range(n):
                    json.loads((await raw_calls[op](c)).content)
            return
        client = (PrefectClient if who == "ours" else TheirClient)(
            base, httpx_settings={"transport": transport}
        )
        calls = ours_calls if who == "ours" else their_calls
        async with client as c:
            for _ in range(n):
                await calls[op](c)

    for op in raw_calls:
        n = calls if op != "read_flow_runs(limit=200)" else max(5, calls // 20)
        row = f"{op}, MockTransport, per call"
        for who, label in (
            ("raw", "limit: raw httpx + json"),
            ("ours", "ours"),
            ("theirs", "Prefect"),
        ):
            values = [
                t / n
                for t in repeat(lambda who=who, op=op, n=n: asyncio.run(go(who, op, n)), times)
            ]
            record(row, label, values, "us")


def bench(ctx: Context) -> None:
    """Per-call cost of four operations (``read_flow_runs(limit=200)`` 20 times fewer calls)."""
    bench_calls(300 if ctx.quick else 1000, max(3, ctx.times // 2))
