"""The tools' own speed: regenerating the client, checking drift against a server."""

from __future__ import annotations

import subprocess
import sys
import tempfile

from .harness import ROOT, Context, record, repeat


def bench_regenerate(times: int) -> None:
    """The whole pipeline: fetch from the installed server, normalize, generate, format."""

    def once() -> None:
        with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-regen-") as tmp:
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "scripts" / "regenerate.py"),
                    "--spec",
                    f"{tmp}/openapi.json",
                    "--output",
                    f"{tmp}/prefect_rest_api",
                ],
                check=True,
                capture_output=True,
            )

    record(
        "regenerate the client (target < 30 s)",
        "ours: scripts/regenerate.py",
        repeat(once, times),
        "s",
    )


def bench_drift(url: str, times: int) -> None:
    cmd = [sys.executable, str(ROOT / "scripts" / "drift.py"), "--url", url]
    record(
        "drift check against a running server",
        "ours: scripts/drift.py --url",
        repeat(lambda: subprocess.run(cmd, capture_output=True, check=False), times),
        "s",
    )


def bench_regenerate_section(ctx: Context) -> None:
    """The regenerate row (target < 30 s)."""
    bench_regenerate(3 if ctx.quick else 5)


def bench_drift_section(ctx: Context) -> None:
    """The drift row, against ``prefect server start`` on this run's PostgreSQL."""
    bench_drift(ctx.prefect_server_url(), 3)
