"""The in-process server's start and ``prefect_rest.testing.isolated_server()``, timed.

Standalone: ``python benchmarks/isolated.py [--quick]`` prints the medians. Each
function runs fresh interpreters (with a ``PREFECT_HOME`` of their own, never the
user's) and returns a median in seconds:

* :func:`isolated_entry` / :func:`harness_entry`: entering ``isolated_server()``
  (after the first entry started the server) vs Prefect's
  ``prefect.testing.utilities.prefect_test_harness()`` (each entry starts a server
  on a fresh database); the target is < 0.25 s and >= 10x faster;
* :func:`ours_harness_entry`: entering prefect_rest's ``prefect_test_harness()``;
* :func:`flow_suite`: a 20-test flow suite with a fresh server per test, pytest end
  to end, under either harness (each sync flow run costs Prefect's engine ~1.1 s);
* :func:`concurrent_writers`: several processes creating flow runs at once on one
  SQLite database (what is stored, what failed).

The fresh-process start on the persistent database is the ``start`` section.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.harness import Context

ROOT = Path(__file__).resolve().parent.parent

_ISOLATED = """
    import json, sys, time
    from prefect_rest import SyncPrefectClient
    from prefect_rest.testing import isolated_server

    with isolated_server(), SyncPrefectClient() as client:  # starts the server
        client.hello()
    times = []
    for _ in range(int(sys.argv[1])):
        start = time.perf_counter()
        with isolated_server():
            times.append(time.perf_counter() - start)
            with SyncPrefectClient() as client:
                client.hello()
    print(json.dumps(times))
"""

_HARNESS = """
    import json, sys, time, warnings
    warnings.simplefilter("ignore")
    from prefect.testing.utilities import prefect_test_harness
    from prefect.client.orchestration import get_client

    times = []
    for _ in range(int(sys.argv[1])):
        start = time.perf_counter()
        harness = prefect_test_harness()
        harness.__enter__()
        try:
            times.append(time.perf_counter() - start)
            with get_client(sync_client=True) as client:
                client.hello()
        finally:
            harness.__exit__(None, None, None)
    print(json.dumps(times))
"""

_OURS_HARNESS = """
    import json, sys, time
    from prefect_rest.testing import prefect_test_harness
    from prefect.client.orchestration import get_client

    with prefect_test_harness():  # starts the server
        pass
    times = []
    for _ in range(int(sys.argv[1])):
        start = time.perf_counter()
        with prefect_test_harness():
            times.append(time.perf_counter() - start)
            with get_client(sync_client=True) as client:
                client.hello()
    print(json.dumps(times))
"""

#: A 20-test flow suite as users write it, with a fresh server per test (autouse fixture).
_SUITE_CONFTEST = """
    import os
    import pytest

    if os.environ["SUITE_HARNESS"] == "prefect":
        from prefect.testing.utilities import prefect_test_harness
    else:
        from prefect_rest.testing import prefect_test_harness

    @pytest.fixture(autouse=True)
    def fresh_prefect_per_test():
        with prefect_test_harness():
            yield
"""

_SUITE_TEST = """
    import pytest
    from prefect import flow, task

    @task
    def double(x):
        return 2 * x

    @flow
    def pipeline(x):
        return double(x) + 1

    @pytest.mark.parametrize("x", range({tests}))
    def test_pipeline(x):
        assert pipeline(x) == 2 * x + 1
"""

_FIRST_HELLO = """
    import time; start = time.perf_counter()
    import json, anyio
    from prefect_rest import get_client

    async def main():
        async with get_client() as client:
            await client.hello()

    anyio.run(main)
    print(json.dumps([time.perf_counter() - start]))
"""


def _env(home: str) -> dict[str, str]:
    path = os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overlay")])
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        {
            "PYTHONPATH": path + os.pathsep + env.get("PYTHONPATH", ""),
            "PREFECT_HOME": home,
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        }
    )
    if "PREFECT_REST_CACHE_DIR" in os.environ:
        env["PREFECT_REST_CACHE_DIR"] = os.environ["PREFECT_REST_CACHE_DIR"]
    return env


def _times(script: str, home: str, *args: str) -> list[float]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def isolated_entry(times: int = 20) -> list[float]:
    """Seconds to enter ``isolated_server()`` (the server already running), ``times`` times."""
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-") as home:
        return _times(_ISOLATED, home, str(times))


def harness_entry(times: int = 3) -> list[float]:
    """Seconds to enter Prefect's ``prefect_test_harness()``, ``times`` times."""
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-") as home:
        return _times(_HARNESS, home, str(times))


def ours_harness_entry(times: int = 20) -> list[float]:
    """Seconds to enter prefect_rest's ``prefect_test_harness()`` (server running)."""
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-") as home:
        return _times(_OURS_HARNESS, home, str(times))


def flow_suite(harness: str, tests: int = 20) -> float:
    """Seconds for ``pytest`` on a ``tests``-test flow suite, a fresh server per test, end to end.

    ``harness``: "prefect" (Prefect's ``prefect_test_harness``) or "prefect_rest".
    """
    import time

    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-suite-") as work:
        suite = Path(work)
        (suite / "conftest.py").write_text(textwrap.dedent(_SUITE_CONFTEST))
        (suite / "test_flows.py").write_text(textwrap.dedent(_SUITE_TEST).format(tests=tests))
        env = {**_env(str(suite / "home")), "SUITE_HARNESS": harness}
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(suite)],
            env=env,
            cwd=suite,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:  # e.g. a harness that did not start in its 30 s
            summary = (done.stdout.strip().splitlines() or ["no output"])[-1]
            raise RuntimeError(f"the {harness} flow suite failed: {summary}")
        return seconds


def concurrent_writers(processes: int, runs: int = 100) -> dict[str, float]:
    """``processes`` processes on one SQLite database each create ``runs`` flow runs at once.

    Returns the runs stored, the errors raised (any "database is locked" among
    them), "locked" lines in the processes' stderr, and the slowest writer's
    seconds (from the moment every server was up).
    """
    import sqlite3

    from benchmarks.harness import _tests_module

    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-") as home:
        _times(_FIRST_HELLO, home)  # migrate once, before the writers start
        barrier = Path(home) / "barrier"
        barrier.mkdir()
        script = _tests_module("writers").WRITER  # shared with the test of two writers
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(i), str(runs), str(barrier), str(processes)],
                env=_env(home),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(processes)
        ]
        results, locked = [], 0
        for writer in writers:
            out, err = writer.communicate(timeout=1800)
            locked += err.count("database is locked")
            results.append(json.loads(out.strip().splitlines()[-1]))
        with sqlite3.connect(Path(home) / "prefect.db") as connection:
            stored = connection.execute("SELECT count(*) FROM flow_run").fetchone()[0]
    return {
        "stored": stored,
        "expected": processes * runs,
        "errors": sum(len(r["errors"]) for r in results),
        "locked_in_stderr": locked,
        "seconds": max(r["seconds"] for r in results),
    }


def main(argv: list[str] | None = None) -> None:
    """Print the rows (``--quick``: fewer repetitions)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--writers", type=int, nargs="*", metavar="N", help="only the concurrent-writer rows"
    )
    args = parser.parse_args(argv)
    if args.writers:
        for processes in args.writers:
            print(f"{processes} writer processes: {concurrent_writers(processes)}")
        return
    n = 2 if args.quick else 5
    ours = statistics.median(isolated_entry(10 if args.quick else 30))
    theirs = statistics.median(harness_entry(n))
    print(f"isolated_server() entry, median: {ours * 1000:.1f} ms")
    print(f"prefect_test_harness() entry, median: {theirs * 1000:.1f} ms ({theirs / ours:.0f}x)")
    harness = statistics.median(ours_harness_entry(10 if args.quick else 30))
    print(f"prefect_rest prefect_test_harness() entry, median: {harness * 1000:.1f} ms")
    tests = 5 if args.quick else 20
    suite_ours, suite_theirs = flow_suite("prefect_rest", tests), flow_suite("prefect", tests)
    print(
        f"{tests}-test flow suite, fresh server per test: ours {suite_ours:.1f} s, "
        f"Prefect's {suite_theirs:.1f} s ({suite_theirs / suite_ours:.1f}x)"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # run as a script: the benchmarks package, for the harness
    main()


def bench(ctx: Context) -> None:
    """The table's rows: entering an isolated server, ours and Prefect's."""
    from benchmarks.harness import attempt

    row = "enter an isolated server (per test), server already running"
    ours = "ours: isolated_server() (target < 0.25 s)"
    attempt(row, ours, lambda: isolated_entry(10 if ctx.quick else 30), "ms")
    attempt(
        row,
        "ours: prefect_rest.testing.prefect_test_harness()",
        lambda: ours_harness_entry(10 if ctx.quick else 30),
        "ms",
    )
    attempt(
        row, "Prefect: prefect_test_harness()", lambda: harness_entry(2 if ctx.quick else 3), "ms"
    )
    tests = 5 if ctx.quick else 20
    row = f"{tests}-test flow suite, fresh server per test, pytest end to end"
    attempt(row, "ours: prefect_test_harness", lambda: [flow_suite("prefect_rest", tests)], "s")
    attempt(row, "Prefect: prefect_test_harness", lambda: [flow_suite("prefect", tests)], "s")
