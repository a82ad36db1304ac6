"""Benchmarks: prefect_rest against Prefect's own client and against the limit, in one run.

    ./dev bench                # or: python benchmarks/run.py [--quick]

Every row is measured here, now, for each contender; ratios are to the limit
(``import httpx`` alone, raw httpx plus ``json``).  Medians of several
repetitions; the spread is the interquartile range.  Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import faulthandler
import gc
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
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
    theirs = (
        "import time, asyncio; t = time.perf_counter()\n"
        "from prefect.client.orchestration import get_client\n"
        "async def main():\n"
        "    async with get_client() as c:\n"
        "        await c.hello()\n"
        "asyncio.run(main()); print(time.perf_counter() - t)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}

    def timed(code: str) -> float:
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        ).stdout.split()
        return float(out[-1]) if out else time.perf_counter() - start

    row = "first hello(), fresh process, in-process server"
    record(
        row,
        "limit: import prefect.server",
        import_time("import prefect.server.api.server", times),
        "s",
    )
    record(
        row,
        "ours: get_client() (template database cached)",
        [timed(ours) for _ in range(times)],
        "s",
    )
    record(
        row, "Prefect: get_client() (starts a server)", [timed(theirs) for _ in range(times)], "s"
    )


# --- end to end ------------------------------------------------------------------


def bench_end_to_end(url: str | None, runs: int, label: str, concurrency: int = 16) -> None:
    """create_flow_run + set_flow_run_state + read_flow_run, ``concurrency`` at a time."""
    import anyio
    from prefect.client.orchestration import PrefectClient as TheirClient
    from prefect.states import Running as TheirRunning
    from prefect_rest import PrefectClient, SyncPrefectClient, _ephemeral
    from prefect_rest.models import FlowRunCreate
    from prefect_rest.settings import Settings
    from prefect_rest.states import Pending, Running
    from prefect_rest_api.api import flow_runs as flow_run_ops

    async def workers(job: Callable[[int], Any]) -> float:
        counter = iter(range(runs))
        start = time.perf_counter()

        async def worker() -> None:
            for i in counter:
                await job(i)

        async with anyio.create_task_group() as tg:
            for _ in range(concurrency):
                tg.start_soon(worker)
        return runs * 3 / (time.perf_counter() - start)

    # The server's SQLite answers 503 when busy; every contender retries it after a
    # short pause (raw: 50 ms; ours: the same base delay; Prefect: its own policy).
    settings = Settings(max_retries=8, retry_base_delay=0.05, retry_jitter_factor=0)

    async def ours() -> float:
        async with PrefectClient(url, settings=settings) as c:
            flow_id = await c.create_flow_from_name("bench-e2e")

            async def job(i: int) -> None:
                # The same one request as the others (create_flow_run(flow) also posts the flow).
                created = await c._request(
                    flow_run_ops.create_flow_run,
                    body=FlowRunCreate(flow_id=flow_id, state=Pending()),
                )
                await c.set_flow_run_state(created.id, Running())
                await c.read_flow_run(created.id)

            return await workers(job)

    async def theirs() -> float:
        kwargs: dict[str, Any] = {}
        api = url
        if url is None:
            api = _ephemeral.EPHEMERAL_BASE_URL
            kwargs["httpx_settings"] = {"transport": await _ephemeral.async_transport()}
        async with TheirClient(api, **kwargs) as c:
            flow_id = await c.create_flow_from_name("bench-e2e")
            from prefect.client.schemas.actions import FlowRunCreate
            from prefect.states import Pending as TheirPending

            async def job(i: int) -> None:
                resp = await c._client.post(
                    "/flow_runs/",
                    json=FlowRunCreate(
                        flow_id=flow_id, state=TheirPending().to_state_create()
                    ).model_dump(mode="json"),
                )
                run_id = uuid.UUID(resp.json()["id"])
                await c.set_flow_run_state(run_id, TheirRunning())
                await c.read_flow_run(run_id)

            return await workers(job)

    async def raw() -> float:
        kwargs: dict[str, Any] = {"base_url": url or _ephemeral.EPHEMERAL_BASE_URL}
        if url is None:
            kwargs["transport"] = await _ephemeral.async_transport()
        else:
            kwargs["limits"] = httpx.Limits(max_connections=16, max_keepalive_connections=8)
        async with httpx.AsyncClient(**kwargs) as c:

            async def call(method: str, path: str, **kw: Any) -> Any:
                # What any fair caller does: the server's SQLite answers 503 when busy.
                for _ in range(60):
                    response = await c.request(method, path, **kw)
                    if response.status_code != 503:
                        break
                    await asyncio.sleep(0.05)
                response.raise_for_status()
                return json.loads(response.content)

            flow_id = (await call("POST", "flows/", json={"name": "bench-e2e"}))["id"]

            async def job(i: int) -> None:
                body = {"flow_id": flow_id, "state": {"type": "PENDING"}}
                run_id = (await call("POST", "flow_runs/", json=body))["id"]
                await call(
                    "POST", f"flow_runs/{run_id}/set_state", json={"state": {"type": "RUNNING"}}
                )
                await call("GET", f"flow_runs/{run_id}")

            return await workers(job)

    def sync_threads() -> float:
        from concurrent.futures import ThreadPoolExecutor

        with SyncPrefectClient(url, settings=settings) as c:
            flow_id = c.create_flow_from_name("bench-e2e")

            def job(i: int) -> None:
                created = c._request(
                    flow_run_ops.create_flow_run,
                    body=FlowRunCreate(flow_id=flow_id, state=Pending()),
                )
                c.set_flow_run_state(created.id, Running())
                c.read_flow_run(created.id)

            start = time.perf_counter()
            with ThreadPoolExecutor(concurrency) as pool:
                list(pool.map(job, range(runs)))
            return runs * 3 / (time.perf_counter() - start)

    row = f"end to end, {label}, {runs} x 3 requests, {concurrency} concurrent"
    for who, run in (
        ("limit: raw httpx + json", lambda: asyncio.run(raw())),
        ("ours: PrefectClient", lambda: asyncio.run(ours())),
        ("ours: SyncPrefectClient, 16 threads", sync_threads),
        ("Prefect: PrefectClient", lambda: asyncio.run(theirs())),
    ):
        try:
            record(row, who, [run()], "req/s")
        except Exception as exc:  # a failed contender is a row, not the end of the table
            print(f"{row}: {who} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            ROWS.append((row, who + " (FAILED)", float("nan"), float("nan"), "req/s"))


def bench_drift(url: str, times: int) -> None:
    cmd = [sys.executable, str(ROOT / "scripts" / "drift.py"), "--url", url]
    record(
        "drift check against a running server",
        "ours: scripts/drift.py --url",
        repeat(lambda: subprocess.run(cmd, capture_output=True, check=False), times),
        "s",
    )


@contextlib.contextmanager
def loopback_server() -> Iterator[str]:
    """``prefect server start`` on a free loopback port."""
    import socket
    import tempfile

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    home = tempfile.mkdtemp(prefix="prefect-rest-bench-")
    env = {
        **os.environ,
        "PREFECT_HOME": home,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    env.pop("PREFECT_API_URL", None)
    prefect = str(Path(sys.executable).parent / "prefect")
    proc = subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


# --- the table ----------------------------------------------------------------


def print_table() -> None:
    print(
        f"\nprefect-rest benchmarks: {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{'measurement':44} {'who':58} {'median':>10} {'spread':>9} {'x limit':>8}")
    limit: dict[str, float] = {}
    for row, who, med, spread, unit in ROWS:
        if who.startswith("limit"):
            limit[row] = med
        ratio = med / limit[row] if limit.get(row) else float("nan")
        print(f"{row:44} {who:58} {med:>8.2f}{unit:>2} {spread:>7.2f}{unit:>2} {ratio:>7.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--runs", type=int, default=None, help="flow runs per end-to-end contender (default 500)"
    )
    args = parser.parse_args(argv)
    times = 5 if args.quick else 11
    faulthandler.dump_traceback_later(1200, exit=True)  # a stalled server ends the run
    bench_imports(times)
    bench_decode(200, times)
    bench_decode(10_000, max(3, times // 3))
    bench_calls(300 if args.quick else 1000, max(3, times // 2))
    bench_ephemeral_start(3 if args.quick else 5)
    runs = args.runs or (200 if args.quick else 500)
    # The in-process server's SQLite stalls under 16 concurrent orchestration writes
    # (every client, raw httpx included), so it gets 4 at a time.
    bench_end_to_end(None, runs, "in-process server", concurrency=4)
    with loopback_server() as url:
        bench_end_to_end(url, runs, "prefect server start")
        bench_drift(url, 3)
    print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
