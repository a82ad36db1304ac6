"""Tasks.  Run them with ``./dev SESSION`` (which makes the virtualenv) or ``nox -s SESSION``
from an environment where ``pip install -e '.[dev]'`` was run.

Sessions run in the current environment (no per-session virtualenvs): the real
Prefect server is a large install, made once by ``./dev``.
"""

from __future__ import annotations

import subprocess
import sys

import nox

PY = sys.executable  # the environment nox runs in (./dev: .venv)

nox.options.default_venv_backend = "none"
nox.options.sessions = ["tests"]


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: the client against the in-process Prefect server, no setup."""
    session.run(PY, "examples/quickstart.py", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (in-process server and `prefect server start` on loopback)."""
    session.run(PY, "scripts/make_sync.py", "--check")
    session.run(PY, "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on the handwritten code; mypy on it and on the generated package."""
    paths = ["overlay", "scripts", "tests", "benchmarks", "examples", "noxfile.py"]
    session.run(PY, "-m", "ruff", "check", *paths)
    session.run(PY, "-m", "ruff", "format", "--check", *paths)
    session.run(
        PY,
        "-m",
        "mypy",
        "-p",
        "prefect_rest",
        "-p",
        "prefect_rest_api",
        "--ignore-missing-imports",
        env={"MYPYPATH": "generated:overlay"},
    )


@nox.session
def regenerate(session: nox.Session) -> None:
    """Fetch the document (installed server, or ``-- --url URL``), normalize, generate."""
    session.run(PY, "scripts/regenerate.py", *session.posargs)
    session.run(PY, "scripts/make_sync.py")


@nox.session
def drift(session: nox.Session) -> None:
    """Compare the committed document with a server's: ``-- --url URL`` or ``--spec FILE``.

    Exits with the check's own code (0 none, 1 compatible, 2 breaking, 3 unreadable,
    64 usage), which nox would otherwise turn into 1 for any failure.
    """
    code = subprocess.call([PY, "scripts/drift.py", *session.posargs])
    if code:
        session.log(f"drift exit code {code}")
        raise SystemExit(code)  # past nox's own handling, so CI sees the real code


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against Prefect's own client and raw httpx; prints one table."""
    session.run(PY, "benchmarks/run.py", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site into site/, strict: any warning (a broken link, a public
    method without a docstring) fails the build. ``-- serve`` serves it on 127.0.0.1:8000."""
    command = "serve" if session.posargs[:1] == ["serve"] else "build"
    session.run(PY, "-m", "mkdocs", command, "--strict", env={"NO_MKDOCS_2_WARNING": "1"})
