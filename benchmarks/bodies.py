"""Response bodies the decode and per-call sections measure, cached in ``.cache/``."""

from __future__ import annotations

import json
import time
import uuid

from .harness import ROOT


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
