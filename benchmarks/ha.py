"""A highly available server under restarts: ``tests/ha.py``'s scenario, the long version.

    python benchmarks/run.py --ha            # or: --only ha

Two replicas on PostgreSQL behind loopback balancers (both styles), 16 tasks
per client and style, two cycles of a rolling restart (SIGTERM) and a SIGKILL.
Rows: connections the balancer accepted per 1,000 calls, for prefect_rest and
Prefect's own client (the ``next`` balancer); the full outcome table (lost,
stored twice, errors per phase) goes to stderr.
"""

from __future__ import annotations

import sys

from benchmarks.harness import Context, _tests_module, record

ROW = "connections opened per 1,000 calls under restart"


def bench(ctx: Context) -> None:
    """Run the scenario once and record the connection rows."""
    ha = _tests_module("ha")
    outcomes = ha.run_scenario(
        workers=8 if ctx.quick else 16,
        cycles=1 if ctx.quick else 2,
        log=lambda line: print(f"  ha: {line}", file=sys.stderr, flush=True),
    )
    print(ha.table(outcomes), file=sys.stderr, flush=True)
    for outcome in outcomes:
        if outcome.style != "next":
            continue
        who = "prefect_rest" if outcome.client == "prefect_rest" else "Prefect's client"
        record(ROW, who, 1000 * outcome.connections / max(1, outcome.calls), "per 1k")
