"""Benchmarks: prefect_rest against Prefect's own client and against the limit, in one run.

    ./dev bench                # or: python benchmarks/run.py [--quick] [--runs N] [--only e2e]

Every row is measured here, now, for each contender; ratios are to the limit
(``import httpx`` alone, raw httpx plus ``json``).  Medians of several
repetitions; the spread is the interquartile range (max - min under 4 values).
Nothing is asserted.

The end-to-end rows run on PostgreSQL (``tests/pg.py``; SQLite answers 503 under
16 concurrent writes): first the Prefect app in this process, every client on the
same ASGI transport (sync clients hand requests to this loop), then ``prefect
server start`` on loopback (``tests/servers.py``), every client on its own
default pool (raw httpx on ours: 16 connections, 16 kept alive)."""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextvars
import faulthandler
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
# The test suite's throwaway PostgreSQL and ``prefect server start`` helpers.
sys.path.insert(0, str(ROOT / "tests"))

import pg  # noqa: E402
from servers import prefect_server  # noqa: E402

ROWS: list[tuple[str, str, float, float, str]] = []


def record(row: str, who: str, values: list[float], unit: str = "ms") -> float:
    """Add one measurement (medians of ``values``, in seconds) to the table."""
    scale = {"ms": 1e3, "us": 1e6, "s": 1.0, "MB": 1.0, "req/s": 1.0}[unit]
    values = sorted(values)
    med = statistics.median(values) * scale
    q = statistics.quantiles(values, n=4) if len(values) >= 4 else [values[0], 0, values[-1]]
    ROWS.append((row, who, med, (q[2] - q[0]) * scale, unit))
    print(f"  {row} | {who}: {med:.2f} {unit}", file=sys.stderr, flush=True)
    return med


def repeat(fn: Callable[[], Any], times: int) -> list[float]:
    out = []
    for _ in range(times):
        gc.collect()
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


# --- import time --------------------------------------------------------------


def import_time(statement: str, times: int) -> list[float]:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}
    subprocess.run([sys.executable, "-c", statement], check=True, env=env)  # warm the pyc cache
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
            ).stdout
        )
        for _ in range(times)
    ]


def bench_imports(times: int) -> None:
    row = "import (fresh process)"
    record(row, "limit: import httpx", import_time("import httpx", times))
    record(
        row,
        "prefect_rest_api + 1 endpoint",
        import_time(
            "import prefect_rest_api; from prefect_rest_api.api.flows import read_flow", times
        ),
    )
    record(
        row,
        "ours: from prefect_rest import get_client",
        import_time("from prefect_rest import get_client", times),
    )
    record(
        row,
        "Prefect: from prefect.client.orchestration import get_client",
        import_time("from prefect.client.orchestration import get_client", times),
    )


# --- decoding -----------------------------------------------------------------


def flow_runs_body(count: int) -> bytes:
    """A ``POST /flow_runs/filter`` body of ``count`` runs.

    200 real runs come from the in-process server (the server's page limit);
    larger bodies repeat them with fresh ids.
    """
    cache = ROOT / ".cache" / f"flow_runs_{count}.json"
    if cache.exists():
        return cache.read_bytes()
    if count > 200:
        page = json.loads(flow_runs_body(200))
        runs = []
        for i in range(count):
            run = dict(page[i % len(page)])
            run["id"] = str(uuid.uuid4())
            run["name"] = f"run-{i}"
            runs.append(run)
        body = json.dumps(runs, separators=(",", ":")).encode()
    else:
        body = _real_flow_runs(count)
    assert len(json.loads(body)) == count
    cache.parent.mkdir(exist_ok=True)
    cache.write_bytes(body)
    return body


def _real_flow_runs(count: int) -> bytes:
    from prefect_rest import SyncPrefectClient

    with SyncPrefectClient(None) as client:
        flow_id = client.create_flow_from_name(f"bench-{uuid.uuid4().hex[:6]}")
        http = client._client()
        for i in range(count):
            run = {
                "flow_id": str(flow_id),
                "name": f"run-{i}",
                "tags": ["bench", f"t{i % 7}"],
                "parameters": {"x": i, "y": [1, 2, 3]},
                "state": {"type": "SCHEDULED", "name": "Scheduled"},
            }
            for _ in range(10):  # SQLite under load answers 503 now and then
                if http.post("flow_runs/", json=run).status_code < 300:
                    break
                time.sleep(0.2)
        return http.post(
            "flow_runs/filter", json={"flows": {"id": {"any_": [str(flow_id)]}}, "limit": count}
        ).content


def _read_all(obj: Any) -> None:
    from prefect_rest_api.types import Model

    if isinstance(obj, Model):
        for field in obj._fields_:
            _read_all(getattr(obj, field.attr))
    elif isinstance(obj, list):
        for item in obj:
            _read_all(item)


def bench_decode(count: int, times: int) -> None:
    from prefect.client.schemas.objects import FlowRun as PrefectFlowRun
    from prefect_rest_api.api.flow_runs import read_flow_runs
    from pydantic import TypeAdapter

    body = flow_runs_body(count)
    response = httpx.Response(200, content=body)
    adapter = TypeAdapter(list[PrefectFlowRun])
    row = f"decode {count} flow runs ({len(body) // 1024} KB)"
    record(row, "limit: json.loads", repeat(lambda: json.loads(body), times))
    record(
        row, "ours: decode_success", repeat(lambda: read_flow_runs.decode_success(response), times)
    )
    record(
        row,
        "ours: decode + read every field",
        repeat(lambda: _read_all(read_flow_runs.decode_success(response)), times),
    )
    record(
        row,
        "Prefect: pydantic validate_python",
        repeat(lambda: adapter.validate_python(json.loads(body)), times),
    )

    def peak(fn: Callable[[], Any]) -> list[float]:
        gc.collect()
        tracemalloc.start()
        keep = fn()
        size = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        del keep
        return [size]

    mrow = f"peak memory, {count} flow runs"
    record(mrow, "limit: json.loads", peak(lambda: json.loads(body)), "MB")
    record(
        mrow, "ours: decode_success", peak(lambda: read_flow_runs.decode_success(response)), "MB"
    )
    record(mrow, "Prefect: pydantic", peak(lambda: adapter.validate_python(json.loads(body))), "MB")


# --- per-call cost over MockTransport ------------------------------------------


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


# --- start of the in-process server -----------------------------------------


def bench_ephemeral_start(times: int) -> None:
    """Process start to the first answer from the in-process server."""
    ours = (
        "import time, anyio; t = time.perf_counter()\n"
        "from prefect_rest import get_client\n"
        "async def main():\n"
        "    async with get_client() as c:\n"
        "        await c.hello()\n"
        "anyio.run(main); print(time.perf_counter() - t)\n"
    )
    # A second client in the same process: the app is running already.
    second = (
        "import time, anyio\n"
        "from prefect_rest import get_client\n"
        "async def main():\n"
        "    async with get_client() as c:\n"
        "        await c.hello()\n"
        "    t = time.perf_counter()\n"
        "    async with get_client() as c:\n"
        "        await c.hello()\n"
        "    print(time.perf_counter() - t)\n"
        "anyio.run(main)\n"
    )
    theirs = (
        "import time, asyncio; t = time.perf_counter()\n"
        "from prefect.client.orchestration import get_client\n"
        "async def main():\n"
        "    async with get_client() as c:\n"
        "        await c.hello()\n"
        "asyncio.run(main()); print(time.perf_counter() - t)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}

    def timed(code: str, fresh: str | None = None) -> float:
        """Seconds ``code`` prints; ``fresh`` names a variable to point at a new empty dir."""
        import tempfile

        with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-start-") as empty:
            run_env = {**env, fresh: empty} if fresh else env
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", code],
                check=True,
                capture_output=True,
                text=True,
                env=run_env,
                timeout=300,
            ).stdout.split()
        return float(out[-1]) if out else time.perf_counter() - start

    row = "first hello(), fresh process, in-process server"
    record(
        row,
        "limit: import prefect.server",
        import_time("import prefect.server.api.server", times),
        "s",
    )
    timed(ours)  # makes sure the template database exists
    record(
        row,
        "ours: get_client() (template database cached)",
        [timed(ours) for _ in range(times)],
        "s",
    )
    record(
        row,
        "Prefect: get_client() (starts a server; its database migrated before)",
        [timed(theirs) for _ in range(times)],
        "s",
    )
    # The first run on a machine: no template for us, a new PREFECT_HOME for Prefect.
    first = max(2, times // 2)
    record(
        row,
        "ours, first run on a machine (migrates, saves the template)",
        [timed(ours, "PREFECT_REST_CACHE_DIR") for _ in range(first)],
        "s",
    )
    record(
        row,
        "Prefect, first run (new PREFECT_HOME: migrates its database)",
        [timed(theirs, "PREFECT_HOME") for _ in range(first)],
        "s",
    )
    record(
        "second client in the same process, first hello()",
        "ours: get_client() again (target < 0.1 s)",
        [timed(second) for _ in range(times)],
        "ms",
    )


# --- end to end ------------------------------------------------------------------

#: Flow runs in flight at once in the end-to-end rows (the issue's figure).
CONCURRENCY = 16
#: Base URL of every client on the in-process server (as prefect_rest's own).
IN_PROCESS_URL = "http://ephemeral-prefect/api"


def _our_limits() -> httpx.Limits:
    """The pool our URL client makes (``prefect_rest.settings.Settings`` defaults)."""
    from prefect_rest.settings import Settings

    s = Settings()
    return httpx.Limits(
        max_connections=s.max_connections,
        max_keepalive_connections=s.max_keepalive_connections,
        keepalive_expiry=s.keepalive_expiry,
    )


class LoopTransport(httpx.BaseTransport):
    """A sync transport that serves each request on ``loop`` through ``inner``.

    For the sync clients on the in-process server: the ASGI app lives on the
    benchmark's event loop, their worker threads hand it each request.  Every task
    runs in a copy of ``context`` (the Prefect settings that point the app at
    PostgreSQL).  The body is passed on raw (it may be gzipped).
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        loop: asyncio.AbstractEventLoop,
        context: contextvars.Context,
    ) -> None:
        self._inner, self._loop, self._context = inner, loop, context

    async def _serve(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        try:
            body = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(body),
            extensions=response.extensions,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        done: concurrent.futures.Future[httpx.Response] = concurrent.futures.Future()

        def finish(task: asyncio.Task[httpx.Response]) -> None:
            if task.cancelled():
                done.cancel()
            elif (exc := task.exception()) is not None:
                done.set_exception(exc)
            else:
                done.set_result(task.result())

        def start() -> None:
            task = self._loop.create_task(self._serve(request), context=self._context.copy())
            task.add_done_callback(finish)

        self._loop.call_soon_threadsafe(start)
        return done.result()


def _cpu() -> float:
    """CPU seconds this process (every thread) has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _async_workers(runs: int, job: Callable[[int], Any]) -> tuple[float, float]:
    """Run ``job(i)`` for ``runs`` values of i on ``CONCURRENCY`` tasks.

    Returns requests/s and this process's CPU seconds per request.
    """
    import anyio

    counter = iter(range(runs))
    cpu, start = _cpu(), time.perf_counter()

    async def worker() -> None:
        for i in counter:
            await job(i)

    async with anyio.create_task_group() as tg:
        for _ in range(CONCURRENCY):
            tg.start_soon(worker)
    return runs * 3 / (time.perf_counter() - start), (_cpu() - cpu) / (runs * 3)


def _thread_workers(runs: int, job: Callable[[int], Any]) -> tuple[float, float]:
    """Run ``job(i)`` for ``runs`` values of i on ``CONCURRENCY`` threads (as above)."""
    cpu, start = _cpu(), time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(job, range(runs)))
    return runs * 3 / (time.perf_counter() - start), (_cpu() - cpu) / (runs * 3)


# Each contender does, per flow run, the same three requests: POST /flow_runs/,
# POST /flow_runs/{id}/set_state, GET /flow_runs/{id}.  ``transport`` is None for a
# URL (each client pools as it does by default; raw httpx as ours does).


#: Raw httpx resends a 503 (SQLite busy: not applied) after a short pause, as ours does.
RAW_503_TRIES = 20
RAW_503_PAUSE = 0.05


async def _e2e_raw_async(base: str, transport: Any, runs: int) -> tuple[float, float]:
    kwargs: dict[str, Any] = {"base_url": base}
    if transport is not None:
        kwargs["transport"] = transport
    else:
        kwargs["limits"] = _our_limits()
    async with httpx.AsyncClient(**kwargs) as c:

        async def call(method: str, path: str, **kw: Any) -> Any:
            for _ in range(RAW_503_TRIES):  # a 503 was not applied: any fair caller resends
                response = await c.request(method, path, **kw)
                if response.status_code != 503:
                    break
                await asyncio.sleep(RAW_503_PAUSE)
            response.raise_for_status()
            return json.loads(response.content)

        flow_id = (await call("POST", "flows/", json={"name": "bench-e2e"}))["id"]

        async def job(i: int) -> None:
            body = {"flow_id": flow_id, "state": {"type": "PENDING"}}
            run_id = (await call("POST", "flow_runs/", json=body))["id"]
            await call("POST", f"flow_runs/{run_id}/set_state", json={"state": {"type": "RUNNING"}})
            await call("GET", f"flow_runs/{run_id}")

        return await _async_workers(runs, job)


def _e2e_raw_sync(base: str, transport: Any, runs: int) -> tuple[float, float]:
    kwargs: dict[str, Any] = {"base_url": base}
    if transport is not None:
        kwargs["transport"] = transport
    else:
        kwargs["limits"] = _our_limits()
    with httpx.Client(**kwargs) as c:

        def call(method: str, path: str, **kw: Any) -> Any:
            for _ in range(RAW_503_TRIES):
                response = c.request(method, path, **kw)
                if response.status_code != 503:
                    break
                time.sleep(RAW_503_PAUSE)
            response.raise_for_status()
            return json.loads(response.content)

        flow_id = call("POST", "flows/", json={"name": "bench-e2e"})["id"]

        def job(i: int) -> None:
            body = {"flow_id": flow_id, "state": {"type": "PENDING"}}
            run_id = call("POST", "flow_runs/", json=body)["id"]
            call("POST", f"flow_runs/{run_id}/set_state", json={"state": {"type": "RUNNING"}})
            call("GET", f"flow_runs/{run_id}")

        return _thread_workers(runs, job)


async def _e2e_ours_async(base: str, transport: Any, runs: int) -> tuple[float, float]:
    from prefect_rest import PrefectClient
    from prefect_rest.models import FlowRunCreate
    from prefect_rest.states import Pending, Running
    from prefect_rest_api.api import flow_runs as flow_run_ops

    settings = {"transport": transport} if transport is not None else None
    async with PrefectClient(base, httpx_settings=settings) as c:
        flow_id = await c.create_flow_from_name("bench-e2e")

        async def job(i: int) -> None:
            # The same one request as the others (create_flow_run(flow) also posts the flow).
            created = await c._request(
                flow_run_ops.create_flow_run, body=FlowRunCreate(flow_id=flow_id, state=Pending())
            )
            await c.set_flow_run_state(created.id, Running())
            await c.read_flow_run(created.id)

        return await _async_workers(runs, job)


def _e2e_ours_sync(base: str, transport: Any, runs: int) -> tuple[float, float]:
    from prefect_rest import SyncPrefectClient
    from prefect_rest.models import FlowRunCreate
    from prefect_rest.states import Pending, Running
    from prefect_rest_api.api import flow_runs as flow_run_ops

    settings = {"transport": transport} if transport is not None else None
    with SyncPrefectClient(base, httpx_settings=settings) as c:
        flow_id = c.create_flow_from_name("bench-e2e")

        def job(i: int) -> None:
            created = c._request(
                flow_run_ops.create_flow_run, body=FlowRunCreate(flow_id=flow_id, state=Pending())
            )
            c.set_flow_run_state(created.id, Running())
            c.read_flow_run(created.id)

        return _thread_workers(runs, job)


def _their_run_body(flow_id: uuid.UUID) -> dict[str, Any]:
    """The body Prefect's ``create_flow_run`` posts, for a Pending run of ``flow_id``."""
    from prefect.client.schemas.actions import FlowRunCreate
    from prefect.states import Pending, to_state_create

    create = FlowRunCreate(flow_id=flow_id, state=to_state_create(Pending()))
    return create.model_dump(mode="json", exclude_unset=True)


async def _e2e_theirs_async(base: str, transport: Any, runs: int) -> tuple[float, float]:
    from prefect.client.orchestration import PrefectClient as TheirClient
    from prefect.client.schemas.objects import FlowRun
    from prefect.states import Running

    kwargs: dict[str, Any] = {}
    if transport is not None:
        kwargs["httpx_settings"] = {"transport": transport}
    async with TheirClient(base, **kwargs) as c:
        flow_id = await c.create_flow_from_name("bench-e2e")

        async def job(i: int) -> None:
            # What create_flow_run(flow) does but post the flow: one request, as the others.
            resp = await c.request("POST", "/flow_runs/", json=_their_run_body(flow_id))
            run_id = FlowRun.model_validate(resp.json()).id
            await c.set_flow_run_state(run_id, Running())
            await c.read_flow_run(run_id)

        return await _async_workers(runs, job)


def _e2e_theirs_sync(base: str, transport: Any, runs: int) -> tuple[float, float]:
    from prefect.client.orchestration import SyncPrefectClient as TheirSyncClient
    from prefect.client.schemas.objects import FlowRun
    from prefect.states import Running

    kwargs: dict[str, Any] = {}
    if transport is not None:
        kwargs["httpx_settings"] = {"transport": transport}
    with TheirSyncClient(base, **kwargs) as c:
        flow_id = c.create_flow_from_name("bench-e2e")

        def job(i: int) -> None:
            resp = c.request("POST", "/flow_runs/", json=_their_run_body(flow_id))
            run_id = FlowRun.model_validate(resp.json()).id
            c.set_flow_run_state(run_id, Running())
            c.read_flow_run(run_id)

        return _thread_workers(runs, job)


#: (row kind, [(who, contender)]): the limit first, as the table expects.
E2E_GROUPS: list[tuple[str, list[tuple[str, Callable[..., Any]]]]] = [
    (
        "async, 16 tasks",
        [
            ("limit: raw httpx.AsyncClient + json", _e2e_raw_async),
            ("ours: PrefectClient", _e2e_ours_async),
            ("Prefect: PrefectClient", _e2e_theirs_async),
        ],
    ),
    (
        "sync, 16 threads",
        [
            ("limit: raw httpx.Client + json", _e2e_raw_sync),
            ("ours: SyncPrefectClient", _e2e_ours_sync),
            ("Prefect: SyncPrefectClient", _e2e_theirs_sync),
        ],
    ),
]


async def _end_to_end(
    where: str, base: str, transport: Any, sync_transport: Any, runs: int, rounds: int
) -> None:
    """Every contender ``runs`` flow runs, in ``rounds`` rounds of rotating order.

    Async contenders run on this loop; sync ones in a worker thread (their own 16
    threads inside).  An untimed warm-up of every contender comes first.  Each
    round, every contender takes its share of ``runs``; a round's order is the
    list rotated by the round number, so no contender always goes first or last
    (the server's tables grow as the run goes on).  A row is the median of the
    rounds.  Over the network (``transport`` None) this process is the client
    alone, so its CPU per request is a row too: the server is the bottleneck of
    requests/s, the client's own cost shows there.
    """
    loop = asyncio.get_running_loop()

    async def run(contender: Callable[..., Any], n: int) -> tuple[float, float]:
        if asyncio.iscoroutinefunction(contender):
            return await contender(base, transport, n)
        return await loop.run_in_executor(None, contender, base, sync_transport, n)

    shares = [runs // rounds + (1 if r < runs % rounds else 0) for r in range(rounds)]
    rates: dict[tuple[str, str], list[float]] = {}
    cpus: dict[tuple[str, str], list[float]] = {}
    failed: dict[tuple[str, str], str] = {}
    for r in [-1, *range(rounds)]:  # -1: the warm-up
        for kind, contenders in E2E_GROUPS:
            k = max(r, 0) % len(contenders)
            for who, contender in contenders[k:] + contenders[:k]:
                if (kind, who) in failed:
                    continue
                try:
                    rate, cpu = await run(contender, min(50, runs) if r < 0 else shares[r])
                except Exception as exc:  # a failed contender is a row, not the end of the table
                    failed[kind, who] = f"{type(exc).__name__}: {exc}"
                    print(f"e2e {kind}, {where}: {who} failed: {exc!r}", file=sys.stderr)
                    continue
                if r >= 0:
                    rates.setdefault((kind, who), []).append(rate)
                    cpus.setdefault((kind, who), []).append(cpu)
                    print(
                        f"    round {r}: {kind} | {who}: {rate:.0f} req/s, "
                        f"{cpu * 1e6:.0f} us CPU/request",
                        file=sys.stderr,
                    )
    for kind, contenders in E2E_GROUPS:
        row = f"end to end, {where}, {kind}, {runs} x 3 requests"
        cpu_row = f"end to end, {where}, {kind}, client CPU per request"
        for who, _ in contenders:
            if (kind, who) in failed:
                ROWS.append((row, who + " (FAILED)", float("nan"), float("nan"), "req/s"))
            else:
                record(row, who, rates[kind, who], "req/s")
        if transport is None:
            for who, _ in contenders:
                if (kind, who) not in failed:
                    record(cpu_row, who, cpus[kind, who], "us")


def bench_end_to_end_in_process(database_url: str, runs: int, rounds: int) -> None:
    """The Prefect app in this process, on PostgreSQL; every client on one ASGI transport."""
    asyncio.run(_in_process(database_url, runs, rounds))


async def _in_process(database_url: str, runs: int, rounds: int) -> None:
    import tempfile

    from asgi_lifespan import LifespanManager
    from prefect.context import SettingsContext, get_settings_context
    from prefect.server.api.server import create_app

    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-") as home:
        base = get_settings_context()
        settings = base.settings.copy_with_update(
            updates={
                "home": home,
                "server.database.connection_url": database_url,
                "server.database.migrate_on_start": True,
                "server.analytics_enabled": False,
                "server.ui.enabled": False,
                "server.api.base_path": "/api",
            }
        )
        # Entered here, so the lifespan's services, every request on this loop and
        # (through LoopTransport's context) every request from a thread see it.
        with SettingsContext(profile=base.profile, settings=settings):
            app = create_app(ephemeral=True, ignore_cache=True)
            started = False
            try:
                async with LifespanManager(app, startup_timeout=300, shutdown_timeout=5) as m:
                    started = True
                    transport = httpx.ASGITransport(app=m.app, raise_app_exceptions=False)
                    threads = LoopTransport(
                        transport, asyncio.get_running_loop(), contextvars.copy_context()
                    )
                    await _end_to_end(
                        "in-process, PostgreSQL", IN_PROCESS_URL, transport, threads, runs, rounds
                    )
            except TimeoutError:
                # Prefect 3.8.8's trigger evaluation sleeps 5 s in a ``finally`` when
                # cancelled at shutdown: nothing is measured any more, stop waiting.
                if not started:
                    raise


def bench_end_to_end_ephemeral(runs: int, rounds: int) -> None:
    """Our in-process server (what ``get_client()`` starts, SQLite), every client on it."""
    from prefect_rest import _ephemeral

    async def go() -> None:
        transport = await _ephemeral.async_transport()
        await _end_to_end(
            "in-process, ours (SQLite)",
            IN_PROCESS_URL,
            transport,
            _ephemeral.sync_transport(),
            runs,
            rounds,
        )

    asyncio.run(go())


def bench_end_to_end_loopback(url: str, runs: int, rounds: int) -> None:
    """``prefect server start`` on loopback: every client on its own default pool."""
    asyncio.run(_end_to_end("loopback, PostgreSQL", url, None, None, runs, rounds))


def bench_regenerate(times: int) -> None:
    """The whole pipeline: fetch from the installed server, normalize, generate, format."""
    import tempfile

    def once() -> None:
        with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-regen-") as tmp:
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "scripts" / "regenerate.py"),
                    "--spec",
                    f"{tmp}/openapi.json",
                    "--output",
                    f"{tmp}/prefect_rest_api",
                ],
                check=True,
                capture_output=True,
            )

    record(
        "regenerate the client (target < 30 s)",
        "ours: scripts/regenerate.py",
        repeat(once, times),
        "s",
    )


def bench_drift(url: str, times: int) -> None:
    cmd = [sys.executable, str(ROOT / "scripts" / "drift.py"), "--url", url]
    record(
        "drift check against a running server",
        "ours: scripts/drift.py --url",
        repeat(lambda: subprocess.run(cmd, capture_output=True, check=False), times),
        "s",
    )


# --- the table ----------------------------------------------------------------


def print_table() -> None:
    print(
        f"\nprefect-rest benchmarks: {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    wr = max([len("measurement"), *(len(r[0]) for r in ROWS)])
    ww = max([len("who"), *(len(r[1]) for r in ROWS)])
    print(f"{'measurement':{wr}} {'who':{ww}} {'median':>12} {'spread':>11} {'x limit':>8}")
    limit: dict[str, float] = {}
    for row, who, med, spread, unit in ROWS:
        if who.startswith("limit"):
            limit[row] = med
        ratio = med / limit[row] if limit.get(row) else float("nan")
        print(f"{row:{wr}} {who:{ww}} {med:>8.2f}{unit:<4} {spread:>7.2f}{unit:<4} {ratio:>7.2f}x")


SECTIONS = ("imports", "decode", "calls", "start", "e2e", "drift", "regenerate")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and runs")
    parser.add_argument(
        "--runs",
        type=int,
        default=None,
        help="flow runs per end-to-end contender (default 2000, --quick 300)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=None,
        help="rounds the end-to-end runs are split in, order rotating (default 4, --quick 3)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=SECTIONS,
        help="run only this section (repeatable); default: all",
    )
    args = parser.parse_args(argv)
    only = set(args.only or SECTIONS)
    times = 5 if args.quick else 11
    faulthandler.dump_traceback_later(3600, exit=True)  # a stalled server ends the run
    if "imports" in only:
        bench_imports(times)
    if "decode" in only:
        bench_decode(200, times)
        bench_decode(10_000, max(3, times // 3))
    if "calls" in only:
        bench_calls(300 if args.quick else 1000, max(3, times // 2))
    if "start" in only:
        bench_ephemeral_start(3 if args.quick else 5)
    if "regenerate" in only:
        bench_regenerate(3 if args.quick else 5)
    runs = args.runs or (300 if args.quick else 2000)
    rounds = max(1, min(runs, args.rounds or (3 if args.quick else 4)))
    if only & {"e2e", "drift"}:
        if "e2e" in only:
            bench_end_to_end_ephemeral(runs, rounds)
        # PostgreSQL for Prefect's app: on SQLite, ``prefect server start`` answers 503
        # and drops connections under 16 concurrent writes, whichever the client
        # (our in-process server makes its SQLite writes IMMEDIATE, Prefect's does not).
        # One database for both servers.
        with pg.postgres() as database_url:
            if "e2e" in only:
                bench_end_to_end_in_process(database_url, runs, rounds)
            env = {"PREFECT_SERVER_DATABASE_CONNECTION_URL": database_url}
            with prefect_server(env) as url:
                if "e2e" in only:
                    bench_end_to_end_loopback(url, runs, rounds)
                if "drift" in only:
                    bench_drift(url, 3)
    print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
