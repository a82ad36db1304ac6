"""Benchmarks: prefect_rest against Prefect's own client and against the limit, in one run.

    ./dev bench                # or: python benchmarks/run.py [--quick]

Every row is measured here, now, for each contender; ratios are to the limit
(``import httpx`` alone, raw httpx plus ``json``).  Medians of several
repetitions; the spread is the interquartile range.  Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
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
ROWS: list[tuple[str, str, float, float, str]] = []


def record(row: str, who: str, values: list[float], unit: str = "ms") -> float:
    """Add one measurement (medians of ``values``, in seconds) to the table."""
    scale = {"ms": 1e3, "us": 1e6, "s": 1.0, "MB": 1.0, "req/s": 1.0}[unit]
    values = sorted(values)
    med = statistics.median(values) * scale
    q = statistics.quantiles(values, n=4) if len(values) >= 4 else [values[0], 0, values[-1]]
    ROWS.append((row, who, med, (q[2] - q[0]) * scale, unit))
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
        float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                             text=True, env=env).stdout)
        for _ in range(times)
    ]


def bench_imports(times: int) -> None:
    row = "import (fresh process)"
    record(row, "limit: import httpx", import_time("import httpx", times))
    record(row, "prefect_rest_api + 1 endpoint", import_time(
        "import prefect_rest_api; from prefect_rest_api.api.flows import read_flow", times))
    record(row, "ours: from prefect_rest import get_client", import_time(
        "from prefect_rest import get_client", times))
    record(row, "Prefect: from prefect.client.orchestration import get_client", import_time(
        "from prefect.client.orchestration import get_client", times))


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
    record(row, "ours: decode_success", repeat(lambda: read_flow_runs.decode_success(response), times))
    record(row, "ours: decode + read every field",
           repeat(lambda: _read_all(read_flow_runs.decode_success(response)), times))
    record(row, "Prefect: pydantic validate_python",
           repeat(lambda: adapter.validate_python(json.loads(body)), times))

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
    record(mrow, "ours: decode_success", peak(lambda: read_flow_runs.decode_success(response)), "MB")
    record(mrow, "Prefect: pydantic", peak(lambda: adapter.validate_python(json.loads(body))), "MB")


# --- per-call cost over MockTransport ------------------------------------------


def bench_calls(calls: int, times: int) -> None:
    flow_id = str(uuid.uuid4())
    flow = {"id": flow_id, "name": "bench", "created": "2026-01-01T00:00:00Z",
            "updated": "2026-01-01T00:00:00Z", "tags": [], "labels": {}}
    runs_body = flow_runs_body(200)
    flow_bytes = json.dumps(flow).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/csrf-token"):
            return httpx.Response(422, json={"detail": "CSRF protection is disabled."})
        if path.endswith("/flow_runs/filter"):
            return httpx.Response(200, content=runs_body,
                                  headers={"content-type": "application/json"})
        return httpx.Response(200, content=flow_bytes, headers={"content-type": "application/json"})

    base = "http://bench.local/api"

    async def raw(op: str) -> None:
        async with httpx.AsyncClient(base_url=base, transport=httpx.MockTransport(handler)) as c:
            for _ in range(calls):
                if op == "read_flow":
                    json.loads((await c.get(f"/flows/{flow_id}")).content)
                else:
                    json.loads((await c.post("/flow_runs/filter", json={"limit": 200})).content)

    async def ours(op: str) -> None:
        from prefect_rest import PrefectClient

        async with PrefectClient(base, httpx_settings={"transport": httpx.MockTransport(handler)}) as c:
            for _ in range(calls):
                if op == "read_flow":
                    await c.read_flow(flow_id)
                else:
                    await c.read_flow_runs(limit=200)

    async def prefects(op: str) -> None:
        from prefect.client.orchestration import PrefectClient

        async with PrefectClient(base, httpx_settings={"transport": httpx.MockTransport(handler)}) as c:
            for _ in range(calls):
                if op == "read_flow":
                    await c.read_flow(uuid.UUID(flow_id))
                else:
                    await c.read_flow_runs(limit=200)

    for op, n in (("read_flow", calls), ("read_flow_runs(limit=200)", max(1, calls // 20))):
        key = "read_flow" if op == "read_flow" else "runs"
        row = f"{op} over MockTransport, per call"
        for who, fn in (("limit: raw httpx + json", raw), ("ours", ours), ("Prefect", prefects)):
            if key == "runs" and who == "ours" and not hasattr(_client_class(), "read_flow_runs"):
                continue
            values = [t / n for t in repeat(lambda fn=fn: asyncio.run(fn(key)), times)]
            record(row, who, values, "us")


def _client_class() -> type:
    from prefect_rest import PrefectClient

    return PrefectClient


# --- the table ----------------------------------------------------------------


def print_table() -> None:
    print(f"\nprefect-rest benchmarks: {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
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
    args = parser.parse_args(argv)
    times = 5 if args.quick else 11
    bench_imports(times)
    bench_decode(200, times)
    bench_decode(10_000, max(3, times // 3))
    bench_calls(500 if args.quick else 2000, max(3, times // 2))
    print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
