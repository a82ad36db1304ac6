"""The result of a drift check: the changes, the operations they reach (by their
documented paths), the facade methods that call those operations, the exit code."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import EXIT_BREAKING, EXIT_COMPATIBLE, EXIT_NONE
from .compare import Change, Comparer
from .facade import snake_case
from .links import method_page
from .schemas import BREAKING, COMPATIBLE, NOTE, Spec


@dataclass
class OpInfo:
    """An operation as the report names it."""

    key: str
    name: str
    tag: str
    module: tuple[str, str]
    facade: list[str]
    #: ``DELETE /flows/{id}``: as the committed document writes it (else the other one)
    label: str = ""


@dataclass
class Report:
    """The result of a drift check."""

    committed: Spec
    other: Spec
    changes: list[Change]
    ops: dict[str, OpInfo]
    facade_scanned: bool
    #: ids given to ``--accept`` that matched no change (the change went away)
    stale_accepts: tuple[str, ...] = ()

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.severity == BREAKING]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.changes if c.severity == COMPATIBLE]

    @property
    def notes(self) -> list[Change]:
        return [c for c in self.changes if c.severity == NOTE]

    @property
    def exit_code(self) -> int:
        """2 breaking, 1 compatible changes or notes only, 0 no drift."""
        if self.breaking:
            return EXIT_BREAKING
        return EXIT_COMPATIBLE if self.changes else EXIT_NONE

    def accept(self, ids: Iterable[str]) -> None:
        """Turn the changes with these ids into notes (a reviewed change keeps CI green)."""
        wanted = set(ids)
        for change in self.changes:
            if change.id in wanted and change.accepted_from is None:
                change.accepted_from = change.severity
                change.severity = NOTE
        self.stale_accepts = tuple(sorted(wanted - {c.id for c in self.changes}))

    def facade_of(self, change: Change) -> list[str]:
        """Facade methods that call an operation ``change`` reaches."""
        return sorted({m for key in change.ops for m in self.ops[key].facade})

    def group(self, change: Change) -> str:
        """The resource (tag) a change is reported under."""
        tags = {self.ops[key].tag for key in change.ops}
        if len(tags) == 1:
            return tags.pop()
        return "Shared models" if tags else "Models (by name)"

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "committed": {
                "source": self.committed.label,
                "document_version": self.committed.version,
                "prefect_release": self.committed.release,
            },
            "other": {
                "source": self.other.label,
                "document_version": self.other.version,
                "prefect_release": self.other.release,
            },
            "exit_code": self.exit_code,
            "summary": {
                "breaking": len(self.breaking),
                "compatible": len(self.compatible),
                "notes": len(self.notes),
                "accepted": sum(c.accepted_from is not None for c in self.changes),
                "operations_removed": sum(c.kind == "operation_removed" for c in self.changes),
                "operations_added": sum(c.kind == "operation_added" for c in self.changes),
            },
            "stale_accepts": list(self.stale_accepts),
            "changes": [
                {
                    "id": c.id,
                    "severity": c.severity,
                    "accepted_from": c.accepted_from,
                    "kind": c.kind,
                    "direction": c.direction,
                    "resource": self.group(c),
                    "schema": c.schema,
                    "field": c.field,
                    "detail": c.detail,
                    "paths": sorted(c.paths),
                    "operations": [
                        {
                            "operation": self.ops[k].label,
                            "name": self.ops[k].name,
                            "tag": self.ops[k].tag,
                        }
                        for k in sorted(c.ops, key=lambda k: self.ops[k].label)
                    ],
                    "facade": self.facade_of(c),
                    # each method's reference page (relative to the site without
                    # PREFECT_REST_DOCS_URL)
                    "reference": {m: method_page(m) for m in self.facade_of(c)},
                    "only_calls_passing": c.only_calls_passing or None,
                }
                for c in self.changes
            ],
        }


def build_report(
    committed: Spec, other: Spec, facade: dict[tuple[str, str], list[str]] | None
) -> Report:
    """Compare ``committed`` with ``other`` and name the facade methods involved."""
    changes = Comparer(committed, other).run()
    ops: dict[str, OpInfo] = {}
    for spec in (other, committed):  # the committed names win
        for key, (method, path, op) in spec.ops.items():
            name = op.get("operationId", f"{method} {path}")
            tag = (op.get("tags") or ["Root"])[0]
            module = (snake_case(tag), snake_case(name))
            ops[key] = OpInfo(key, name, tag, module, [], f"{method} {path}")
    for key, info in ops.items():
        if key in committed.ops and facade:
            info.facade = facade.get(info.module, [])
    return Report(committed, other, changes, ops, facade is not None)
