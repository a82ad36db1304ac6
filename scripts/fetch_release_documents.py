"""Recreate the stored OpenAPI documents of older Prefect releases (``tests/data/``).

Each release is installed alone in a throwaway virtualenv, and its document is made
as the server makes it, ``create_app(ephemeral=True).openapi()``, dumped with sorted
keys and no final newline, byte for byte the form of the documents in ``tests/data``
(remaking 3.4.25 gives the stored file). The compatibility matrix
(``prefect_rest.drift.compat``) reads them.

    python scripts/fetch_release_documents.py                 # every release in RELEASES
    python scripts/fetch_release_documents.py 3.1.15 3.2.15   # only these
    python scripts/fetch_release_documents.py --keep-venvs    # reuse .cache/release-venvs

Takes one to three minutes per release (the install). Existing files are kept unless
``--force`` is given.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
VENVS = ROOT / ".cache" / "release-venvs"

# The newest patch of each minor release from 2.20 to 3.8 that installs here
# (`pip index versions prefect`): 2.20.26/27 and 3.9 need a certifi release the
# index does not serve. Extra requirements: what each release needs besides itself
# to import its server (found by installing it).
RELEASES: dict[str, list[str]] = {
    "2.20.25": ["fastapi<0.155"],
    "3.0.11": ["fastapi<0.120", "importlib_metadata"],
    "3.1.15": ["fastapi<0.120", "importlib_metadata"],
    "3.2.15": ["fastapi<0.120", "importlib_metadata"],
    "3.3.7": ["fastapi<0.120", "importlib_metadata"],
    "3.4.25": ["fastapi<0.155", "importlib_metadata"],
    "3.5.0": ["fastapi<0.120", "importlib_metadata"],
    "3.6.29": ["fastapi<0.155", "importlib_metadata"],
    "3.7.8": ["fastapi<0.155", "importlib_metadata"],
    "3.8.8": ["fastapi<0.155"],
}

DUMP = """
import json, sys
from prefect.server.api.server import create_app
doc = create_app(ephemeral=True).openapi()
with open(sys.argv[1], "w") as f:
    json.dump(doc, f, indent=2, sort_keys=True)
"""


def document_path(release: str, out: Path = DATA) -> Path:
    """Where the document of ``release`` is stored."""
    return out / f"openapi-{release}.json"


def fetch(release: str, extras: list[str], venv: Path, out: Path = DATA) -> Path:
    """Install ``release`` into ``venv`` and write its document; return the file."""
    if not (venv / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = str(venv / "bin" / "python")
    install = subprocess.run(
        [py, "-m", "pip", "install", "--quiet", f"prefect=={release}", *extras],
        capture_output=True,
        text=True,
    )
    if install.returncode:  # pip's output only when it failed
        sys.stderr.write(install.stdout + install.stderr)
        install.check_returncode()
    target = document_path(release, out)
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": "/usr/bin:/bin",
            "PREFECT_HOME": home,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
        }
        dump = subprocess.run(
            [py, "-W", "ignore", "-c", DUMP, str(target)], env=env, cwd=home, capture_output=True
        )
        if dump.returncode:
            sys.stderr.write(dump.stderr.decode(errors="replace"))
            dump.check_returncode()
    return target


def main(argv: list[str] | None = None) -> int:
    """Fetch the documents named on the command line (default: all missing ones)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("releases", nargs="*", help="releases to fetch (default: all)")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.add_argument("--keep-venvs", action="store_true", help="keep the virtualenvs")
    parser.add_argument("--out", type=Path, default=DATA, help="directory (default tests/data)")
    args = parser.parse_args(argv)
    wanted = args.releases or list(RELEASES)
    unknown = [r for r in wanted if r not in RELEASES]
    if unknown:
        parser.error(f"unknown release(s) {', '.join(unknown)}; known: {', '.join(RELEASES)}")
    failed = []
    for release in wanted:
        if document_path(release, args.out).exists() and not args.force:
            print(f"{release}: kept {document_path(release, args.out)}")
            continue
        venv = VENVS / release
        try:
            path = fetch(release, RELEASES[release], venv, args.out)
            print(f"{release}: wrote {path}", flush=True)
        except subprocess.CalledProcessError as exc:
            print(f"{release}: failed ({exc})", file=sys.stderr, flush=True)
            failed.append(release)
        finally:
            if not args.keep_venvs:
                shutil.rmtree(venv, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
