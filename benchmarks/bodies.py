"""Response bodies the decode and per-call sections measure, cached in ``.cache/``."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid

from .harness import ROOT, child_env


def flow_runs_body(count: int) -> bytes:
    """A ``POST /flow_runs/filter`` body of ``count`` runs.

    200 real runs come from the in-process server (the server's page limit),
    started in a child process so that it does not run beside the measurements;
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
        code = f"from benchmarks.bodies import _real_flow_runs; _real_flow_runs({count})"
        subprocess.run([sys.executable, "-c", code], env=child_env(), check=True, timeout=1800)
        body = cache.read_bytes()
    assert len(json.loads(body)) == count
    cache.parent.mkdir(exist_ok=True)
    cache.write_bytes(body)
    return body


def _real_flow_runs(count: int) -> None:
    """Create ``count`` runs on the in-process server; cache the page that lists them."""
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
        body = http.post(
            "flow_runs/filter", json={"flows": {"id": {"any_": [str(flow_id)]}}, "limit": count}
        ).content
    cache = ROOT / ".cache" / f"flow_runs_{count}.json"
    cache.parent.mkdir(exist_ok=True)
    cache.write_bytes(body)
