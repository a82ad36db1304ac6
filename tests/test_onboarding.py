"""Onboarding: the CI snippet works on first use, the quick start says what the tests
need, and the package metadata is what setuptools expects."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import httpx
import pytest
from prefect_rest.settings import SERVER_RELEASE

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guides" / "drift-ci.md"


def drift_step(text: str) -> str:
    """The shell script of the ``prefect-rest drift`` step of a GitHub Actions snippet."""
    match = re.search(r"- name: prefect-rest drift\n(?:.*\n)*?\s+run: \|\n((?:\s{10}.*\n)+)", text)
    assert match, "no prefect-rest drift step"
    return "\n".join(line[10:] for line in match.group(1).splitlines()) + "\n"


def test_the_readme_and_the_guide_show_the_same_ci_step() -> None:
    assert drift_step((ROOT / "README.md").read_text()) == drift_step(GUIDE.read_text())


@pytest.mark.server
def test_ci_step_passes_on_first_use_without_an_accept_file(
    live_server_url: str, tmp_path: Path
) -> None:
    """The step, run as written in an empty checkout against a real server: no exit 3."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "prefect-rest"  # this checkout's command, whatever is installed
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m prefect_rest "$@"\n')
    shim.chmod(0o755)
    work = tmp_path / "repo"
    work.mkdir()
    summary = tmp_path / "summary.md"
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated")]),
        "PREFECT_API_URL": live_server_url,
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    result = subprocess.run(
        ["bash", "-e", "-c", drift_step(GUIDE.read_text())],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    found = re.search(r"prefect-rest drift exit code (\d+)", result.stdout)
    assert found, result.stdout + result.stderr
    code = int(found.group(1))
    assert code != 3, result.stderr  # no accept file yet is not "unreadable"
    assert (work / "drift-accept.txt").read_text() == ""
    assert (result.returncode == 0) == (code <= 1)  # the step fails only on drift
    assert summary.read_text().strip()
    release = httpx.get(f"{live_server_url}/admin/version").json()
    if release == SERVER_RELEASE:  # the release the client was generated for: no drift
        assert code == 0 and result.returncode == 0


def test_quick_start_says_what_the_tests_need() -> None:
    text = (ROOT / "docs" / "guides" / "quickstart.md").read_text()
    assert "scripts/ci-install-postgres.sh" in text and "root" in text
    readme = (ROOT / "README.md").read_text()
    assert "scripts/ci-install-postgres.sh" in readme
    # both say how long the whole suite takes, and say the same
    took = r"whole suite takes \*\*(\d+ to \d+ minutes)\*\*"
    in_guide, in_readme = re.search(took, text), re.search(took, readme)
    assert in_guide and in_readme and in_guide[1] == in_readme[1]


def test_license_is_an_spdx_string() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["license"] == "Apache-2.0"
    requires = project["build-system"]["requires"]
    assert any(re.fullmatch(r"setuptools>=(7[7-9]|[89]\d)(\.\d+)*", r) for r in requires)


def test_no_virtualenv_is_tracked() -> None:
    """A tracked ``.venv-prefect-3.4.25`` (even a symlink) replaces the ignored virtualenv of
    every checkout that pulls it: git treats ignored files as expendable."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(
        ["git", "ls-files", "--", ".venv*"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert tracked == []
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", "-q", ".venv-prefect-3.4.25"], cwd=ROOT
    )
    assert ignored.returncode == 0, ".venv-prefect-* (file or symlink) must be ignored"
