"""A writer process on the in-process server's shared SQLite file, for tests and benchmarks.

``python -c WRITER ME COUNT BARRIER WRITERS`` creates the flow ``writer-ME``, waits
until WRITERS processes have touched a file in BARRIER (every server is up), then
creates COUNT flow runs, writing how many it has made to ``BARRIER/../progress-ME``.
It prints ``{"errors": [...], "seconds": ...}`` (seconds from the barrier on).
"""

from __future__ import annotations

import textwrap

WRITER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from types import SimpleNamespace
    from prefect_rest import SyncPrefectClient

    me, count, barrier, writers = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    errors = []
    with SyncPrefectClient() as client:
        flow = SimpleNamespace(name=f"writer-{me}")
        client.create_flow_from_name(flow.name)
        (barrier / me).touch()
        while len(list(barrier.iterdir())) < writers:
            time.sleep(0.01)
        start = time.perf_counter()
        for i in range(count):
            try:
                client.create_flow_run(flow, name=f"{me}-{i}")
            except Exception as exc:
                errors.append(repr(exc)[:500])
            (barrier.parent / f"progress-{me}").write_text(str(i))
        seconds = time.perf_counter() - start
    print(json.dumps({"errors": errors, "seconds": seconds}))
    """
)
