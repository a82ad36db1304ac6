"""Fetch, normalize, generate and format the ``prefect_rest_api`` package.

    python scripts/regenerate.py                  # document from the installed server
    python scripts/regenerate.py --url URL        # document from a running server
    python scripts/regenerate.py --no-fetch       # keep the committed openapi.json

Writes ``openapi.json`` (unless ``--no-fetch``), ``generated/prefect_rest_api`` and
the copy of the document the installed package ships as its drift baseline
(``overlay/prefect_rest/drift/openapi.json``), then prints what changed.  The
same inputs always give the same bytes.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from fetch_schema import FetchError, dumps, from_file, from_installed_server, from_url  # noqa: E402
from generator_shapes import shape  # noqa: E402
from normalize import REPEAT_KEY, REPEAT_KEYS_KEY, normalize, operations  # noqa: E402

PACKAGE = "prefect_rest_api"
TEMPLATES = ROOT / "templates"
CONFIG = HERE / "generator-config.yaml"
OUTPUT = ROOT / "generated" / PACKAGE
#: The document the installed client ships (``prefect-rest drift``'s default baseline).
BASELINE = ROOT / "overlay" / "prefect_rest" / "drift" / "openapi.json"
#: The generated table of every operation's repeat class.
REPEAT_TABLE = ROOT / "docs" / "repeat-classes.md"


class GenerateError(Exception):
    """The generator failed or reported a warning."""


def generate(spec_path: Path, out_dir: Path) -> None:
    """Generate the package for the document at ``spec_path`` into ``out_dir``."""
    with tempfile.TemporaryDirectory(prefix="prefect-rest-gen-") as tmp:
        normalized = Path(tmp) / "normalized.json"
        doc = normalize(from_file(spec_path))
        normalized.write_text(dumps(shape(doc)))
        templates = Path(tmp) / "templates"
        shutil.copytree(TEMPLATES, templates)
        (templates / "repeat_classes.jinja").write_text(repeat_template(doc))
        target = Path(tmp) / PACKAGE
        env = dict(os.environ)
        env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(normalized),
                "--meta",
                "none",
                "--output-path",
                str(target),
                "--custom-template-path",
                str(templates),
                "--config",
                str(CONFIG),
                "--fail-on-warning",
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp,
        )
        if proc.returncode != 0 or "Warning" in proc.stdout or "Error" in proc.stdout:
            raise GenerateError(f"openapi-python-client failed:\n{proc.stdout}\n{proc.stderr}")
        (target / "py.typed").write_text("")
        shutil.rmtree(target / "__pycache__", ignore_errors=True)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(target, out_dir)


def repeat_template(doc: dict[str, Any]) -> str:
    """A Jinja module the endpoint template imports: each operation's repeat class and keys."""
    classes = {f"{m} {p}": op[REPEAT_KEY] for m, p, op in operations(doc)}
    keys = {
        f"{m} {p}": op[REPEAT_KEYS_KEY] for m, p, op in operations(doc) if REPEAT_KEYS_KEY in op
    }
    return (
        "{# written by scripts/regenerate.py from scripts/repeat_classes.py #}\n"
        f"{{% set REPEAT = {json.dumps(classes, sort_keys=True)} %}}\n"
        f"{{% set REPEAT_KEYS = {json.dumps(keys, sort_keys=True)} %}}\n"
    )


def repeat_table(doc: dict[str, Any]) -> str:
    """The Markdown table of every operation's repeat class (``docs/reference``)."""
    lines = [
        "# Repeat classes",
        "",
        "Written by `scripts/regenerate.py` from `scripts/repeat_classes.py` (do not edit).",
        "What the Prefect server does with a repeated request decides whether the",
        "client sends it again after a lost answer: see the README's",
        '"A highly available Prefect server".',
        "",
        "| operation | method and path | class | key fields |",
        "|---|---|---|---|",
    ]
    for method, path, op in sorted(operations(doc), key=lambda t: (t[1], t[0])):
        keys = ", ".join(f"`{k}`" for k in op.get(REPEAT_KEYS_KEY, ()))
        lines.append(f"| `{op['operationId']}` | `{method} {path}` | {op[REPEAT_KEY]} | {keys} |")
    counts: dict[str, int] = {}
    for _, _, op in operations(doc):
        counts[op[REPEAT_KEY]] = counts.get(op[REPEAT_KEY], 0) + 1
    summary = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    lines += ["", f"{len(operations(doc))} operations: {summary}.", ""]
    return "\n".join(lines)


def tree_diff(old: Path, new: Path) -> tuple[list[str], list[str], list[str]]:
    """Files added, removed and changed from ``old`` to ``new`` (relative paths)."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    before, after = files(old), files(new)
    changed = sorted(f for f in before & after if not filecmp.cmp(old / f, new / f, shallow=False))
    return sorted(after - before), sorted(before - after), changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", help="API root of a running server")
    source.add_argument("--no-fetch", action="store_true", help="use the committed openapi.json")
    parser.add_argument("--spec", default=str(ROOT / "openapi.json"))
    parser.add_argument("--output", default=str(OUTPUT))
    parser.add_argument("--baseline", default=str(BASELINE), help="where the package's copy goes")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    spec = Path(args.spec)
    try:
        if not args.no_fetch:
            doc = from_url(args.url) if args.url else from_installed_server()
            spec.write_text(dumps(doc))
        doc = from_file(spec)
    except FetchError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 3
    out = Path(args.output)
    with tempfile.TemporaryDirectory(prefix="prefect-rest-old-") as tmp:
        old = Path(tmp) / PACKAGE
        if out.exists():
            shutil.copytree(out, old, ignore=shutil.ignore_patterns("__pycache__"))
        try:
            generate(spec, out)
        except GenerateError as exc:
            print(f"regenerate: {exc}", file=sys.stderr)
            return 1
        Path(args.baseline).write_text(dumps(doc))
        REPEAT_TABLE.parent.mkdir(parents=True, exist_ok=True)
        REPEAT_TABLE.write_text(repeat_table(normalize(doc)))
        added, removed, changed = tree_diff(old, out)
    if out.resolve() == OUTPUT.resolve():  # the client's typed `client.api` follows the package
        for script in ("make_api.py", "make_sync.py"):
            subprocess.run([sys.executable, str(HERE / script)], check=True)
    ops = len(operations(doc))
    models = len([p for p in (out / "models").glob("*.py") if p.name != "__init__.py"])
    modules = len([p for p in (out / "api").rglob("*.py") if p.name != "__init__.py"])
    print(
        f"Prefect {doc['info'].get('version')}: {ops} operations, {modules} endpoint modules, "
        f"{models} model modules ({time.perf_counter() - started:.1f} s)"
    )
    if not (added or removed or changed):
        print("generated/ unchanged")
    for label, names in (("added", added), ("removed", removed), ("changed", changed)):
        if names:
            shown = ", ".join(names[:12]) + (
                f" and {len(names) - 12} more" if len(names) > 12 else ""
            )
            print(f"{len(names)} file(s) {label}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
