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
    # Both clients keep their database in PREFECT_HOME/prefect.db: one throwaway home,
    # migrated by the untimed first start, never the user's.
    home = tempfile.TemporaryDirectory(prefix="prefect-rest-bench-home-")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env[HOME] = home.name
    first = max(2, times // 2)

    def timed(code: str, fresh: tuple[str, ...] = ()) -> float:
        """Seconds ``code`` prints; ``fresh`` names variables to point at new empty dirs."""
        with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-start-") as empty:
            run_env = {**env, **{name: f"{empty}/{name}" for name in fresh}}
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
    # Cached: one untimed start each first (the database in PREFECT_HOME is migrated).
    # First run on a machine: a new PREFECT_HOME (and for us no template either).
    first_row = "first hello(), fresh process, first run on a machine"
    contenders: list[tuple[str, str, str, tuple[str, ...], int]] = [
        (row, "ours: get_client() (database migrated before)", ours, (), times),
        (row, "Prefect: get_client() (starts a server, database migrated)", theirs, (), times),
        (
            first_row,
            "ours: get_client() (migrates, saves the template)",
            ours,
            (HOME, CACHE),
            first,
        ),
        (first_row, "Prefect: get_client() (new PREFECT_HOME, migrates)", theirs, (HOME,), first),
    ]
    for where, who, code, fresh, n in contenders:
        if not fresh:
            with contextlib.suppress(Exception):  # a failing start shows in the timed ones
                timed(code)
        attempt(where, who, lambda c=code, f=fresh, n=n: [timed(c, f) for _ in range(n)], "s")
    attempt(
        "second client in the same process, first hello()",
        "ours: get_client() again (target < 0.1 s)",
        lambda: [timed(second) for _ in range(times)],
        "ms",
    )
    home.cleanup()


def bench(ctx: Context) -> None:
    """Cached and first-run starts, and a second client in the same process."""
    bench_ephemeral_start(3 if ctx.quick else 5)
