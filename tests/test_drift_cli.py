"""The exit-code contract end to end: ``prefect-rest`` from our wheel installed in a fresh
virtualenv without extras, ``python -m prefect_rest``, and the ``nox -s drift`` route.

Codes: 0 no drift, 1 compatible changes or notes only, 2 breaking, 3 a document
could not be read, 64 a usage error.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
COMMITTED = ROOT / "openapi.json"
LIVE_3_4 = DATA / "openapi-3.4.25-live-fastapi-0.119.json"


def _env() -> dict[str, str]:
    """This environment without our checkout on the path (the wheel must stand alone)."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def _documents(base: Path) -> dict[str, Path]:
    """The documents of the contract: identical, one operation added or removed, ..."""
    doc = json.loads(COMMITTED.read_text())

    def write(name: str, edited: dict[str, Any]) -> Path:
        path = base / f"{name}.json"
        path.write_text(json.dumps(edited))
        return path

    added = copy.deepcopy(doc)
    added["paths"]["/flows/{id}/archive"] = {
        "post": {**doc["paths"]["/flows/{id}"]["delete"], "operationId": "archive_flow"}
    }
    removed = copy.deepcopy(doc)
    del removed["paths"]["/flows/{id}"]["delete"]
    content = copy.deepcopy(doc)
    content["paths"]["/flows/{id}"]["get"]["responses"]["200"]["content"] = {
        "text/plain": {"schema": {"type": "string"}}
    }
    secured = copy.deepcopy(doc)
    secured["components"]["securitySchemes"] = {"HTTPBearer": {"type": "http", "scheme": "bearer"}}
    secured["security"] = [{"HTTPBearer": []}]
    (base / "broken.json").write_text("{ not json")
    return {
        "identical": COMMITTED,
        "added": write("added", added),
        "removed": write("removed", removed),
        "live-3.4.25": LIVE_3_4,
        "content-type": write("content", content),
        "security": write("security", secured),
        "broken": base / "broken.json",
        "missing": base / "missing.json",
    }


#: (document, exit code)
CONTRACT = [
    ("identical", 0),
    ("added", 1),
    ("removed", 2),
    ("live-3.4.25", 2),
    ("content-type", 2),
    ("security", 2),
    ("broken", 3),
    ("missing", 3),
]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _documents(tmp_path_factory.mktemp("docs"))


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our wheel (``pip wheel --no-deps``) installed in a fresh virtualenv, no extras."""
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        env=_env(),
        capture_output=True,
    )
    (wheel,) = dist.glob("prefect_rest-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "prefect_rest/drift/openapi.json" in names  # the baseline ships
    assert "prefect_rest/__main__.py" in names
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=_env())
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        env=_env(),
        capture_output=True,
    )
    return venv


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=300)


@pytest.mark.wheel
def test_installed_wheel_keeps_the_exit_code_contract(
    wheel_venv: Path, documents: dict[str, Path], tmp_path: Path
) -> None:
    python, command = wheel_venv / "bin" / "python", wheel_venv / "bin" / "prefect-rest"
    # runtime dependencies only: no prefect server, no generator in this virtualenv
    probe = _run([str(python), "-c", "import prefect"], tmp_path)
    assert probe.returncode != 0
    for name, expected in CONTRACT:
        done = _run([str(command), "drift", "--spec", str(documents[name])], tmp_path)
        assert done.returncode == expected, (name, done.stdout[-2000:], done.stderr)
        if expected == 3:
            assert done.stdout == "" and done.stderr.startswith("drift: "), name
        if name == "security":
            assert "security requirement added: none -> HTTPBearer (http bearer)" in done.stdout
        if name == "removed":
            assert "operation removed: delete_flow (DELETE /flows/{id})" in done.stdout
            assert "PrefectClient.delete_flow" in done.stdout  # the installed client is scanned
    module = _run(
        [str(python), "-m", "prefect_rest", "drift", "--spec", str(documents["removed"])], tmp_path
    )
    assert module.returncode == 2
    for usage in (
        ["drift"],
        ["drift", "--spec"],
        ["drift", "--spec", "x", "--url", "y"],
        ["nope"],
        [],
    ):
        done = _run([str(command), *usage], tmp_path)
        assert done.returncode == 64, (usage, done.stderr)
    version = _run([str(command), "version"], tmp_path)
    assert version.returncode == 0
    assert "generated for Prefect 3.8.8 (API version 0.8.4)" in version.stdout
    assert version.stdout.startswith("prefect-rest 0.1.0")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("identical", 0), ("added", 1), ("removed", 2), ("broken", 3), ("usage", 64)],
)
def test_nox_drift_session_keeps_the_exit_code(
    documents: dict[str, Path], name: str, expected: int
) -> None:
    """``./dev drift`` runs this session: nox alone would turn 2, 3 and 64 into 1."""
    args = ["--bogus"] if name == "usage" else ["--spec", str(documents[name])]
    done = subprocess.run(
        [sys.executable, "-m", "nox", "--no-venv", "-s", "drift", "--", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == expected, (done.stdout[-2000:], done.stderr[-2000:])


def test_the_package_ships_the_committed_document() -> None:
    """The installed command's baseline is the document generated/ comes from."""
    baseline = ROOT / "overlay" / "prefect_rest" / "drift" / "openapi.json"
    assert baseline.read_bytes() == COMMITTED.read_bytes()
