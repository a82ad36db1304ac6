"""Fresh process to the first answer of the in-process server: ours and Prefect's."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

from .harness import Context, attempt

#: The floor of a start: importing Prefect's server, nothing else.
FLOOR = "import prefect.server.api.server"

#: The variable each client's first run points at a new empty directory.
CACHE, HOME = "PREFECT_REST_CACHE_DIR", "PREFECT_HOME"


def interleaved(
    measures: dict[str, Callable[[], float]], times: int
) -> dict[str, Callable[[], list[float]]]:
    """Run each measure once per round, ``times`` rounds; per contender, its samples.

    A contender that fails stops being measured; its entry re-raises the error
    (for :func:`attempt` to report as a FAILED row).
    """
    samples: dict[str, list[float]] = {who: [] for who in measures}
    errors: dict[str, Exception] = {}
    for _ in range(times):
        for who, measure in measures.items():
            if who not in errors:
                try:
                    samples[who].append(measure())
                except Exception as exc:
                    errors[who] = exc

    def result(who: str) -> list[float]:
        if who in errors:
            raise errors[who]
        return samples[who]

    return {who: lambda w=who: result(w) for who in measures}


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
    floor = f"import time; t = time.perf_counter(); {FLOOR}; print(time.perf_counter() - t)"
    # Cached: one untimed start each first (pyc files written; the database in
    # PREFECT_HOME migrated). The three alternate within each round, so that a
    # slow spell of a shared machine falls on all of them, not on one row.
    cached = {
        "limit: import prefect.server": floor,
        "ours: get_client() (database migrated before)": ours,
        "Prefect: get_client() (starts a server, database migrated)": theirs,
    }
    for code in cached.values():
        with contextlib.suppress(Exception):  # a failing start shows in the timed ones
            timed(code)
    measures = {w: lambda c=c: timed(c) for w, c in cached.items()}
    for who, values in interleaved(measures, times).items():
        attempt(row, who, values, "s")
    # First run on a machine: a new PREFECT_HOME (and for us no template either).
    first_row = "first hello(), fresh process, first run on a machine"
    first_run = {
        "ours: get_client() (migrates, saves the template)": (ours, (HOME, CACHE)),
        "Prefect: get_client() (new PREFECT_HOME, migrates)": (theirs, (HOME,)),
    }
    runs = {w: lambda c=c, f=f: timed(c, f) for w, (c, f) in first_run.items()}
    for who, values in interleaved(runs, first).items():
        attempt(first_row, who, values, "s")
    attempt(
        "second client in the same process, first hello()",
        "ours: get_client() again (target < 0.1 s)",
        lambda: [timed(second) for _ in range(times)],
        "ms",
    )
    home.cleanup()


def bench(ctx: Context) -> None:
    """Cached and first-run starts, and a second client in the same process."""
    bench_ephemeral_start(3 if ctx.quick else 7)
