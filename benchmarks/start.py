"""Fresh process to the first answer of the in-process server: ours and Prefect's."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time

from .harness import Context, attempt, import_time

#: The variable each client's first run points at a new empty directory.
CACHE, HOME = "PREFECT_REST_CACHE_DIR", "PREFECT_HOME"


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
    first = max(2, times // 2)

    def timed(code: str, fresh: str | None = None) -> float:
        """Seconds ``code`` prints; ``fresh`` names a variable to point at a new empty dir."""
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
    attempt(
        row,
        "limit: import prefect.server",
        lambda: import_time("import prefect.server.api.server", times),
        "s",
    )
    # Cached: one untimed start each first (our template database exists, Prefect's
    # database is migrated).  First run on a machine: no template for us, a new
    # PREFECT_HOME for Prefect.
    first_row = "first hello(), fresh process, first run on a machine"
    contenders = [
        (row, "ours: get_client() (template database cached)", ours, None, times),
        (row, "Prefect: get_client() (starts a server, database migrated)", theirs, None, times),
        (first_row, "ours: get_client() (migrates, saves the template)", ours, CACHE, first),
        (first_row, "Prefect: get_client() (new PREFECT_HOME, migrates)", theirs, HOME, first),
    ]
    for where, who, code, fresh, n in contenders:
        if fresh is None:
            with contextlib.suppress(Exception):  # a failing start shows in the timed ones
                timed(code)
        attempt(where, who, lambda c=code, f=fresh, n=n: [timed(c, f) for _ in range(n)], "s")
    attempt(
        "second client in the same process, first hello()",
        "ours: get_client() again (target < 0.1 s)",
        lambda: [timed(second) for _ in range(times)],
        "ms",
    )


def bench(ctx: Context) -> None:
    """Cached and first-run starts, and a second client in the same process."""
    bench_ephemeral_start(3 if ctx.quick else 5)
