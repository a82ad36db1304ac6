"""The drift check from a checkout: ``prefect-rest drift`` with the repository's files.

    python scripts/drift.py [--url URL | --spec FILE] [--format text|json|markdown]
                            [--accept FILE] [--committed openapi.json]
    python scripts/drift.py --check-generated

The check itself lives in the package (``prefect_rest.drift``; rules and exit
codes in docs/drift.md).  From a checkout the baseline is the committed
``openapi.json`` and the facade is ``overlay/prefect_rest``; with neither
``--url`` nor ``--spec`` the other document is the installed ``prefect``
server package's.

``--check-generated`` (only that check): 0 ``generated/`` equals a fresh
generation from ``openapi.json`` and ``templates/`` and the package's copy of
the document equals ``openapi.json``; 1 something differs (the files are
listed); 3 the generator could not run.
"""

from __future__ import annotations

import filecmp
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
for _path in (ROOT / "generated", ROOT / "overlay"):  # this checkout, installed or not
    sys.path.insert(0, str(_path))

from prefect_rest.drift import EXIT_COMPATIBLE, EXIT_NONE, EXIT_UNREADABLE  # noqa: E402
from prefect_rest.drift.cli import main as cli_main  # noqa: E402

BASELINE = ROOT / "overlay" / "prefect_rest" / "drift" / "openapi.json"


def _files(base: Path) -> set[str]:
    return {
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def check_generated(root: Path = ROOT) -> list[str]:
    """Files of ``root/generated`` that differ from a fresh generation.

    ``scripts/regenerate.generate`` writes the package for ``root/openapi.json``
    (with the templates ``regenerate`` uses) into a temporary directory; the result is the
    sorted relative paths (under ``generated/``) that differ, are missing or
    are extra, and the package's baseline copy when it is not ``openapi.json``.
    """
    from regenerate import PACKAGE, generate  # only this check needs the generator

    committed = root / "generated"
    baseline = root / BASELINE.relative_to(ROOT)
    with tempfile.TemporaryDirectory(prefix="prefect-rest-drift-") as tmp:
        fresh = Path(tmp) / "generated"
        generate(root / "openapi.json", fresh / PACKAGE)
        mine, theirs = _files(committed), _files(fresh)
        differ = {
            rel
            for rel in mine & theirs
            if not filecmp.cmp(committed / rel, fresh / rel, shallow=False)
        }
        stale = []
        if baseline.parent.is_dir() and (
            not baseline.exists() or not filecmp.cmp(baseline, root / "openapi.json", shallow=False)
        ):
            stale = [baseline.relative_to(root).as_posix()]
        return sorted(differ | (mine ^ theirs)) + stale


def main(argv: list[str] | None = None) -> int:
    """Run the check; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--check-generated" in args:
        try:
            differ = check_generated(ROOT)
        except Exception as exc:  # the generator's failure, whatever it is
            print(f"drift: cannot regenerate: {type(exc).__name__}: {exc}", file=sys.stderr)
            return EXIT_UNREADABLE
        if not differ:
            print("generated/ matches openapi.json and templates/")
            return EXIT_NONE
        print(f"generated/ differs from a fresh generation in {len(differ)} file(s):")
        for rel in differ:
            print(f"  {rel}")
        print("regenerate (scripts/regenerate.py) instead of editing generated/ by hand")
        return EXIT_COMPATIBLE
    if not {"--url", "--spec", "--installed-server", "-h", "--help"} & {
        a.split("=", 1)[0] for a in args
    }:
        args.append("--installed-server")
    defaults = ["--committed", str(ROOT / "openapi.json")]
    defaults += ["--facade", str(ROOT / "overlay" / "prefect_rest")]
    return cli_main(["drift", *defaults, *args])


if __name__ == "__main__":
    sys.exit(main())
