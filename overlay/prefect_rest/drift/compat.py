"""The compatibility matrix: which Prefect server releases each client method works with.

For each stored document of an older release (``tests/data/openapi-<release>.json``,
made by ``scripts/fetch_release_documents.py``) the drift comparison is run
against the document this client was generated from; every breaking change is
traced to the public methods that reach its operations (``methods``).  A method
then works with a release (``works``); works except the calls that pass an
optional request field the release lacks (``works_except_passing``: the drift
report's "breaks only calls that pass X", ``Change.only_calls_passing``); has
breaking changes there that other calls or fields meet (``changed``); or calls
an operation the release lacks (``missing``: it raises
``OperationNotAvailable``).  A method kept only for Prefect 2.x code raises
``EndpointRemoved`` against every release (``removed``).

The matrix ships as ``compat.json`` next to this module (documents are too big
for the wheel); ``python -m prefect_rest.drift.compat --write`` recomputes it
from a checkout and ``tests/test_compat.py`` fails when it is stale.
``prefect-rest compat [--release X]`` prints it.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .load import BASELINE, from_file
from .methods import CLIENTS, method_operations, operation_methods, removed_methods
from .normalize import prepare
from .report import build_report
from .schemas import Spec

#: The shipped matrix.
MATRIX_FILE = Path(__file__).resolve().parent / "compat.json"
#: Where a checkout keeps the stored documents.
DATA_DIR = Path(__file__).resolve().parents[3] / "tests" / "data"
_RELEASE_FILE = re.compile(r"^openapi-(\d+\.\d+\.\d+)\.json$")

WORKS, CHANGED, MISSING, REMOVED = "works", "changed", "missing", "removed"
#: Works, except the calls that pass a request field the release lacks.
WORKS_EXCEPT = "works_except_passing"
#: One mark per status, for tables.
MARKS = {
    WORKS: "yes",
    WORKS_EXCEPT: "except",
    CHANGED: "changed",
    MISSING: "no",
    REMOVED: "removed",
}
#: What each status other than ``works`` means, for legends.
MEANINGS = {
    WORKS_EXCEPT: "works, except the calls that pass a request field the release lacks",
    CHANGED: "breaking changes reach its calls beyond optional fields (a response it may "
    "fail to decode, a field every call sends)",
    MISSING: "the release lacks an operation it calls: it raises OperationNotAvailable",
    REMOVED: "kept for Prefect 2.x code: it raises EndpointRemoved against every release",
}


def _release_key(release: str) -> tuple[int, ...]:
    return tuple(int(part) for part in release.split("."))


def stored_documents(data_dir: Path = DATA_DIR) -> dict[str, Path]:
    """Release -> its stored document, oldest first (live-server variants excluded)."""
    found = {}
    for path in data_dir.glob("openapi-*.json"):
        match = _RELEASE_FILE.match(path.name)
        if match:
            found[match.group(1)] = path
    return {r: found[r] for r in sorted(found, key=_release_key)}


def release_changes(
    committed: Spec, other: Spec
) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """The breaking changes of ``other`` by id, and public method -> the ids that reach it."""
    report = build_report(committed, other, None)
    users = operation_methods()
    changes: dict[str, dict[str, str]] = {}
    reached: dict[str, list[str]] = {}
    for change in report.breaking:
        changes[change.id] = {"kind": change.kind, "where": change.where, "detail": change.detail}
        if change.only_calls_passing:  # a removed optional request field
            changes[change.id]["only_calls_passing"] = change.only_calls_passing
        modules = {report.ops[key].module for key in change.ops}
        for method in sorted({m for module in modules for m in users.get(module, [])}):
            reached.setdefault(method, []).append(change.id)
    return changes, reached


def compute(data_dir: Path = DATA_DIR, baseline: Path = BASELINE) -> dict[str, Any]:
    """The matrix as JSON-ready data: releases, and per method the releases it is not fine on."""
    committed = Spec(prepare(from_file(baseline)), baseline.name)
    releases = stored_documents(data_dir)
    methods: dict[str, dict[str, Any]] = {name: {} for name in method_operations()}
    changes: dict[str, dict[str, dict[str, str]]] = {}
    for release, path in releases.items():
        other = Spec(prepare(from_file(path)), path.name)
        changes[release], reached = release_changes(committed, other)
        for method, ids in reached.items():
            methods[method][release] = _entry([changes[release][i] for i in ids], ids)
    for method in removed_methods():
        methods[method] = {r: {"status": REMOVED, "changes": []} for r in releases}
    return {
        "baseline": committed.version,
        "releases": list(releases),
        "clients": list(CLIENTS),
        "changes": changes,
        "methods": methods,
    }


def _entry(changes: list[dict[str, str]], ids: list[str]) -> dict[str, Any]:
    """A method's status on a release from the breaking changes that reach it.

    Narrowed as the drift report narrows them: when every change is a removed
    optional request field, only the calls that pass one of those fields break.
    """
    if any(c["kind"] == "operation_removed" for c in changes):
        return {"status": MISSING, "changes": ids}
    passing = [c.get("only_calls_passing", "") for c in changes]
    if all(passing):
        return {"status": WORKS_EXCEPT, "changes": ids, "only_calls_passing": sorted(passing)}
    return {"status": CHANGED, "changes": ids}


@dataclass(frozen=True)
class Matrix:
    """The shipped matrix, with lookups."""

    data: dict[str, Any]

    @classmethod
    def load(cls, path: Path = MATRIX_FILE) -> Matrix:
        """Read the shipped matrix."""
        return cls(json.loads(path.read_text()))

    @property
    def releases(self) -> list[str]:
        return list(self.data["releases"])

    @property
    def methods(self) -> list[str]:
        return sorted(self.data["methods"])

    def status(self, method: str, release: str) -> str:
        """``works``, ``works_except_passing``, ``changed``, ``missing`` or ``removed``."""
        entry = self.data["methods"][method].get(release)
        return entry["status"] if entry else WORKS

    def only_calls_passing(self, method: str, release: str) -> list[str]:
        """For ``works_except_passing``: the request fields whose calls break."""
        entry = self.data["methods"][method].get(release)
        return list(entry.get("only_calls_passing", [])) if entry else []

    def status_text(self, method: str, release: str, quote: str = "") -> str:
        """The status in words: ``works, except calls that pass X or Y`` for the narrowed one.

        ``quote`` goes around each field name (a backtick for markdown).
        """
        status = self.status(method, release)
        if status == WORKS_EXCEPT:
            fields = self.only_calls_passing(method, release)
            return "works, except calls that pass " + " or ".join(
                f"{quote}{f}{quote}" for f in fields
            )
        return MARKS[status]

    def changes(self, method: str, release: str) -> list[dict[str, str]]:
        """The breaking changes of ``release`` that reach ``method``."""
        entry = self.data["methods"][method].get(release)
        known = self.data["changes"][release]
        return [{"id": i, **known[i]} for i in entry["changes"]] if entry else []

    def works_with(self, method: str) -> list[str]:
        """The releases ``method`` works with, oldest first."""
        return [r for r in self.releases if self.status(method, r) == WORKS]

    def resolve_release(self, wanted: str) -> str:
        """A stored release for ``3.4.25`` or a minor ``3.4``; ``ValueError`` naming them."""
        if wanted in self.releases:
            return wanted
        minor = [r for r in self.releases if r.startswith(wanted.rstrip(".") + ".")]
        if minor and wanted.count(".") == 1:
            return minor[-1]
        raise ValueError(
            f"no stored document for Prefect {wanted!s}; known: {', '.join(self.releases)}"
        )


def render_table(matrix: Matrix) -> str:
    """Every method against every release, one row per method."""
    releases = matrix.releases
    width = max(len(m) for m in matrix.methods)
    lines = [
        f"Client methods against Prefect server releases (generated for {matrix.data['baseline']}).",
        f"yes: works; {'; '.join(f'{MARKS[s]}: {text}' for s, text in MEANINGS.items())}.",
        "The changes behind each mark: prefect-rest compat --release X.",
        "",
        f"{'method':<{width}}  " + "  ".join(f"{r:>8}" for r in releases),
    ]
    for method in matrix.methods:
        marks = [MARKS[matrix.status(method, r)] for r in releases]
        lines.append(f"{method:<{width}}  " + "  ".join(f"{m:>8}" for m in marks))
    return "\n".join(lines) + "\n"


def render_release(matrix: Matrix, release: str) -> str:
    """What works against one release, and what does not, with the changes that break it."""
    statuses = {m: matrix.status(m, release) for m in matrix.methods}
    works = sum(s == WORKS for s in statuses.values())
    narrowed = sum(s == WORKS_EXCEPT for s in statuses.values())
    lines = [
        f"Prefect {release}: {works} of {len(statuses)} client methods work as against "
        f"{matrix.data['baseline']}"
        + (f", {narrowed} more except the calls that pass certain fields." if narrowed else "."),
    ]
    for status, title in (
        (MISSING, "Not available (the server lacks an operation; OperationNotAvailable):"),
        (CHANGED, "Changed (breaking changes reach these calls):"),
        (WORKS_EXCEPT, "Works, except calls that pass a request field the release lacks:"),
        (REMOVED, "Removed in Prefect 3 (EndpointRemoved against every release):"),
    ):
        names = [m for m, s in statuses.items() if s == status]
        if not names:
            continue
        lines += ["", f"{title} {len(names)}"]
        for name in names:
            only = matrix.only_calls_passing(name, release)
            but = f": breaks only calls that pass {' or '.join(only)}" if only else ""
            lines.append(f"  PrefectClient.{name}{but}")
            for change in matrix.changes(name, release):
                detail = f": {change['detail']}" if change["detail"] else ""
                lines.append(f"      {change['kind']} {change['where']}{detail} [{change['id']}]")
    return "\n".join(lines) + "\n"


def write(path: Path = MATRIX_FILE) -> None:
    """Recompute the matrix from the stored documents and write it."""
    path.write_text(json.dumps(compute(), indent=0, sort_keys=True) + "\n")


if __name__ == "__main__":  # python -m prefect_rest.drift.compat --write
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m prefect_rest.drift.compat --write")
    write()
    print(f"wrote {MATRIX_FILE}")
