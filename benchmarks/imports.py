"""Import time in a fresh process: ours, the generated package alone, Prefect's, the limit."""

from __future__ import annotations

from .harness import Context, import_time, record


def bench(ctx: Context) -> None:
    """``import httpx`` (the limit) against each client's entry point."""
    times = ctx.times
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
