"""The shared harness: the table of rows, timing helpers and the run's context.

A section is a function ``bench(ctx: Context) -> None`` that measures each
contender of its rows and calls :func:`record` (or :func:`attempt`, which turns
a failure into a FAILED row); ``run.py`` maps section names to these functions,
one line each.  In a row, the contender whose label starts with ``limit`` is the
reference of the ``x limit`` column, the one starting with ``Prefect`` that of
``x Prefect``.  :func:`in_child` runs a measurement in a fresh process and
brings its rows back (for what must not share a process with the rest).
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: Units a row may use, with the factor from the recorded value (seconds for times).
SCALES = {"ms": 1e3, "us": 1e6, "s": 1.0, "MB": 1.0, "req/s": 1.0, "per 1k": 1.0, "ev/s": 1.0}


@dataclass(frozen=True)
class Row:
    """One contender's result in one measurement: median and spread, in ``unit``."""

    measurement: str
    who: str
    median: float
    spread: float
    unit: str


@dataclass
class Table:
    """The rows measured so far, printed as one table at the end."""

    rows: list[Row] = field(default_factory=list)

    def record(
        self, row: str, who: str, values: float | Sequence[float], unit: str = "ms"
    ) -> float:
        """Add the median of ``values`` (seconds for times) and their spread; return the median.

        The spread is the interquartile range (max - min under 4 values).  A single
        number (e.g. a median measured elsewhere) is one value.
        """
        scale = SCALES[unit]
        ordered = sorted([values] if isinstance(values, int | float) else values)
        med = statistics.median(ordered) * scale
        if len(ordered) >= 4:
            q = statistics.quantiles(ordered, n=4)
            spread = (q[2] - q[0]) * scale
        else:
            spread = (ordered[-1] - ordered[0]) * scale
        self.rows.append(Row(row, who, med, spread, unit))
        print(f"  {row} | {who}: {med:.2f} {unit}", file=sys.stderr, flush=True)
        return med

    def failed(self, row: str, who: str, unit: str) -> None:
        """A contender that could not be measured: a row marked FAILED, not the end of the run."""
        self.rows.append(Row(row, who + " (FAILED)", math.nan, math.nan, unit))

    def render(self) -> str:
        """The table as text: one line per contender, ratios to the row's limit and Prefect."""
        wr = max([len("measurement"), *(len(r.measurement) for r in self.rows)])
        ww = max([len("who"), *(len(r.who) for r in self.rows)])
        lines = [
            f"{'measurement':{wr}} {'who':{ww}} {'median':>12} {'spread':>11} "
            f"{'x limit':>8} {'x Prefect':>9}"
        ]
        refs: dict[tuple[str, str], float] = {}
        for r in self.rows:
            for kind in ("limit", "Prefect"):
                if r.who.startswith(kind) and (r.measurement, kind) not in refs:
                    refs[r.measurement, kind] = r.median

        def ratio(r: Row, kind: str, width: int) -> str:
            ref = refs.get((r.measurement, kind))
            if not ref or math.isnan(ref) or math.isnan(r.median):
                return f"{'-':>{width}}"
            return f"{r.median / ref:>{width - 1}.2f}x"

        def value(x: float, unit: str, width: int) -> str:
            return f"{'-':>{width + 4}}" if math.isnan(x) else f"{x:>{width}.2f}{unit:<4}"

        for r in self.rows:
            lines.append(
                f"{r.measurement:{wr}} {r.who:{ww}} {value(r.median, r.unit, 8)} "
                f"{value(r.spread, r.unit, 7)} {ratio(r, 'limit', 8)} {ratio(r, 'Prefect', 9)}"
            )
        return "\n".join(lines)


#: The table of this run; sections add to it through :func:`record`.
TABLE = Table()


def record(row: str, who: str, values: float | Sequence[float], unit: str = "ms") -> float:
    """Add a measurement to this run's table (see :meth:`Table.record`)."""
    return TABLE.record(row, who, values, unit)


def attempt(
    row: str, who: str, measure: Callable[[], float | Sequence[float]], unit: str = "ms"
) -> float | None:
    """Record ``measure()``; if it raises, a FAILED row and the error (with a process's stderr)."""
    try:
        values = measure()
    except Exception as exc:
        stderr = getattr(exc, "stderr", None) or ""
        tail = "\n".join(str(stderr).splitlines()[-15:])
        print(f"  {row} | {who}: FAILED: {exc!r}\n{tail}", file=sys.stderr, flush=True)
        TABLE.failed(row, who, unit)
        return None
    return record(row, who, values, unit)


def in_child(fn: Callable[..., None], *args: Any) -> None:
    """Run ``fn(*args)`` in a fresh Python process; add the rows it records to this table.

    For measurements that must not share a process: Prefect caches its server's
    database configuration per process, so two in-process servers (ours on SQLite,
    Prefect's app on PostgreSQL) in one process would both use the first one's
    database.  ``fn`` is a module-level function of this package, ``args`` JSON
    values.  The child's progress goes to stderr as usual; if it fails, the rows
    it recorded are kept and a FAILED row names it.
    """
    import json
    import tempfile

    env = child_env()
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-child-") as tmp:
        out = Path(tmp) / "rows.json"
        code = "from benchmarks.harness import _child_main; _child_main()"
        target = [fn.__module__, fn.__qualname__, json.dumps(args), str(out)]
        try:
            done = subprocess.run([sys.executable, "-c", code, *target], env=env, timeout=3600)
            failed = done.returncode != 0
        except subprocess.TimeoutExpired:
            failed = True
        if out.exists():
            TABLE.rows.extend(Row(**row) for row in json.loads(out.read_text()))
    if failed:
        TABLE.failed(fn.__qualname__, "child process", "")


def child_env() -> dict[str, str]:
    """This process's environment, with this package importable (for a child process)."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def _child_main() -> None:
    """The child side of :func:`in_child`: call the function, write the table's rows."""
    import dataclasses
    import importlib
    import json

    module, name, args, out = sys.argv[1:5]
    faulthandler.dump_traceback_later(3500, exit=True)  # a stalled server ends the child
    try:
        getattr(importlib.import_module(module), name)(*json.loads(args))
    finally:
        rows = [dataclasses.asdict(row) for row in TABLE.rows]
        Path(out).write_text(json.dumps(rows))


def print_table(table: Table = TABLE) -> None:
    """Print the machine, then the table."""
    print(
        f"\nprefect-rest benchmarks: {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(table.render(), flush=True)  # before any trouble at interpreter exit


def repeat(fn: Callable[[], Any], times: int) -> list[float]:
    """Seconds each of ``times`` calls of ``fn`` took (a garbage collection before each)."""
    out = []
    for _ in range(times):
        gc.collect()
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def interleaved(fns: dict[str, Callable[[], Any]], times: int) -> dict[str, list[float]]:
    """CPU seconds of ``times`` calls of each of ``fns``, taken in turns.

    For contenders compared against each other on a shared machine: each round
    calls every one once (in a rotating order, a garbage collection before each),
    so a noisy stretch falls on all of them alike; the calling thread's CPU time
    leaves out the time it waited for the processor and what other threads (an
    in-process server's) did meanwhile.
    """
    out: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for turn in range(times):
        shift = turn % len(names)
        for name in names[shift:] + names[:shift]:
            fn = fns[name]
            gc.collect()
            start = time.thread_time()
            fn()
            out[name].append(time.thread_time() - start)
    return out


def import_time(statement: str, times: int) -> list[float]:
    """Seconds ``statement`` takes in each of ``times`` fresh processes (bytecode cached)."""
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", statement], check=True, env=env)  # warm the pyc cache
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
            ).stdout
        )
        for _ in range(times)
    ]


@dataclass
class Context:
    """What every section gets: repetition counts and servers shared between sections.

    ``postgres_url()`` and ``prefect_server_url()`` start a throwaway PostgreSQL and
    ``prefect server start`` on it the first time a section asks; they stop when the
    run ends (``close``).
    """

    quick: bool = False
    #: Flow runs per end-to-end contender, and the rounds they are split in.
    runs: int = 600
    rounds: int = 3
    _stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack, repr=False)
    _postgres: str | None = field(default=None, repr=False)
    _server: str | None = field(default=None, repr=False)

    @property
    def times(self) -> int:
        """Repetitions of a cheap measurement."""
        return 5 if self.quick else 11

    def postgres_url(self) -> str:
        """A throwaway PostgreSQL database for this run (``tests/pg.py``)."""
        if self._postgres is None:
            pg = _tests_module("pg")
            self._postgres = self._stack.enter_context(pg.postgres())
        return self._postgres

    def prefect_server_url(self) -> str:
        """``prefect server start`` on :meth:`postgres_url`, for this run."""
        if self._server is None:
            servers = _tests_module("servers")
            env = {"PREFECT_SERVER_DATABASE_CONNECTION_URL": self.postgres_url()}
            self._server = self._stack.enter_context(servers.prefect_server(env))
        return self._server

    def close(self) -> None:
        """Stop the servers this run started."""
        self._stack.close()


def _tests_module(name: str) -> Any:
    """A helper module of the test suite (``tests/pg.py``, ``tests/servers.py``)."""
    import importlib

    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    return importlib.import_module(name)
