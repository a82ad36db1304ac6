"""Benchmarks: prefect_rest against Prefect's own client and against the limit, in one run.

    ./dev bench                # or: python benchmarks/run.py [--quick] [--runs N] [--only e2e]

Every row is measured here, now, for each contender; ratios are to the limit
(``import httpx`` alone, raw httpx plus ``json``) and to Prefect's client.
Medians of several repetitions; the spread is the interquartile range
(max - min under 4 values).  Nothing is asserted.  Each section is one module
of this package (one measurement family) on the shared ``harness``; the
end-to-end and drift rows start a throwaway PostgreSQL.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import this directory as the package
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import calls, decode, e2e, events, ha, imports, isolated, start, tools
from benchmarks.harness import Context, print_table

#: Section name -> its function, in the order a full run measures them.
#: To add a section: a module with ``def bench(ctx: Context) -> None`` that calls
#: ``harness.record``, and one line here.
SECTIONS: dict[str, Callable[[Context], None]] = {
    "imports": imports.bench,
    "decode": decode.bench,
    "calls": calls.bench,
    "start": start.bench,
    "isolated": isolated.bench,
    "regenerate": tools.bench_regenerate_section,
    "e2e": e2e.bench,
    "drift": tools.bench_drift_section,
    "events": events.bench,
    "ha": ha.bench,  # only with --ha or --only ha (several minutes)
}
#: Sections a run without --only leaves out unless asked for by their flag.
OPT_IN = {"ha"}


def parse_args(argv: list[str] | None = None) -> tuple[Context, list[str]]:
    """The run's context and the sections to run, from the command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and runs")
    parser.add_argument(
        "--runs",
        type=int,
        default=None,
        help="flow runs per end-to-end contender (default 600, --quick 300)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=None,
        help="rounds the end-to-end runs are split in, order rotating (default 3)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=list(SECTIONS),
        help="run only this section (repeatable); default: all",
    )
    parser.add_argument(
        "--ha", action="store_true", help="also run the replica restart scenario (benchmarks/ha.py)"
    )
    args = parser.parse_args(argv)
    runs = args.runs or (300 if args.quick else 600)
    rounds = max(1, min(runs, args.rounds or 3))
    only = set(args.only or [s for s in SECTIONS if s not in OPT_IN or args.ha])
    return Context(quick=args.quick, runs=runs, rounds=rounds), [s for s in SECTIONS if s in only]


def main(argv: list[str] | None = None) -> int:
    ctx, sections = parse_args(argv)
    # Our in-process server keeps its database in PREFECT_HOME: a throwaway one for the
    # run (inherited by child processes), never the user's.
    home = tempfile.TemporaryDirectory(prefix="prefect-rest-bench-home-")
    os.environ["PREFECT_HOME"] = home.name
    # Child processes import with cached bytecode, as from an installed wheel: any
    # value of PYTHONDONTWRITEBYTECODE (even "0") stops .pyc files being written, and
    # an editable checkout would then recompile our modules in every timed process.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    faulthandler.dump_traceback_later(3600, exit=True)  # a stalled server ends the run
    try:
        for name in sections:
            SECTIONS[name](ctx)
    finally:
        ctx.close()
        home.cleanup()
    print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
