"""The report as text (a terminal), markdown (a CI comment) or JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .compare import Change
from .report import Report
from .schemas import BREAKING, COMPATIBLE, NOTE

#: Items shown of a long list before "N more".
LIST_LIMIT = 6
#: Lines of one kind shown per resource before "N more".
LINE_LIMIT = 12

#: How a run of changes of one kind reads; ``{n}`` is "3 fields" or "field".
_KIND_TEXT = {
    "field_removed": "{n} removed",
    "field_added": "{n} added",
    "field_added_required": "{n} added as required",
    "required_changed": "{n} {detail}",
    "parameter_removed": "{n} removed",
    "parameter_added": "{n} added ({detail})",
    "type_changed": "type changed: {detail}",
    "enum_added": "enum values added: {detail}",
    "enum_removed": "enum values removed: {detail}",
    "const_changed": "constant changed: {detail}",
    "body_removed": "request body removed ({detail})",
    "body_added": "request body added ({detail})",
    "response_removed": "success body removed ({detail})",
    "response_content_type_changed": "success content type changed: {detail}",
    "security_added": "security requirement added: {detail}",
    "security_changed": "security requirement changed: {detail}",
    "security_removed": "security requirement removed: {detail}",
    "operation_deprecated": "operation deprecated",
    "default_changed": "default changed: {detail}",
    "success_codes_changed": "success codes changed: {detail}",
}
_COLLAPSIBLE = frozenset(k for k, v in _KIND_TEXT.items() if "{n}" in v)
_OWN_GROUPS = ("Shared models", "Models (by name)")


def _more(items: Iterable[str], limit: int = LIST_LIMIT, width: int = 90) -> str:
    """``a, b, c (+4 more)``: at most ``limit`` items and about ``width`` characters."""
    items = sorted(set(items))
    shown: list[str] = []
    for item in items:
        if shown and (len(shown) == limit or sum(len(s) + 2 for s in shown) + len(item) > width):
            break
        shown.append(item)
    rest = len(items) - len(shown)
    return ", ".join(shown) + (f" (+{rest} more)" if rest else "")


def _pair_sync(names: Iterable[str]) -> list[str]:
    """``AsyncX.m`` and ``SyncX.m`` read as one ``X.m (async+sync)``."""
    names = set(names)
    out = set()
    for name in names:
        if name.startswith("Async") and "Sync" + name[5:] in names:
            out.add(f"{name[5:]} (async+sync)")
        elif not (name.startswith("Sync") and "Async" + name[4:] in names):
            out.add(name)
    return sorted(out)


@dataclass
class Line:
    """One statement of the report: a change, or a run of like changes."""

    severity: str
    text: str
    ops: list[str]
    facade: list[str]
    ids: list[str]


def _lines(report: Report, changes: list[Change]) -> list[Line]:
    """Collapse like changes (same schema, kind, direction and detail) into lines."""
    groups: dict[tuple[str, ...], list[Change]] = {}
    for c in changes:
        if c.kind in ("operation_removed", "operation_added"):
            continue
        parent = ""
        if c.kind in _COLLAPSIBLE and not c.kind.startswith("parameter") and "." in c.field:
            parent = c.field.rsplit(".", 1)[0]
        key = (c.schema, parent, c.kind, c.direction, c.detail, c.accepted_from or "")
        groups.setdefault(key, []).append(c)
    lines = []
    for (schema, parent, kind, direction, detail, accepted_from), group in groups.items():
        first = group[0]
        template = _KIND_TEXT.get(kind, kind + " {detail}")
        if kind in _COLLAPSIBLE:
            names = [c.field.rsplit(".", 1)[-1] if parent else c.field for c in group]
            noun = "parameter" if kind.startswith("parameter") else "field"
            count = f"{len(names)} {noun}s" if len(names) > 1 else noun
            owner = f"{schema}.{parent}" if parent else schema
            text = f"{owner} ({direction}): {template.format(n=count, detail=detail)}: "
            text += _more(names)
        elif len(group) == 1:
            text = f"{first.where} ({direction}): {template.format(detail=detail)}"
        else:
            names = [c.field or "(itself)" for c in group]
            what = template.format(detail=detail)
            text = f"{schema} ({direction}): {len(names)} fields, {what}: {_more(names)}"
        if accepted_from:
            text = f"accepted ({accepted_from}): {text}"
        ops = sorted({report.ops[k].name for c in group for k in c.ops})
        facade = sorted({m for c in group for m in report.facade_of(c)})
        lines.append(Line(first.severity, text, ops, facade, sorted(c.id for c in group)))
    return lines


def _sections(report: Report) -> Iterator[tuple[str, list[Change]]]:
    by_group: dict[str, list[Change]] = {}
    for c in report.changes:
        by_group.setdefault(report.group(c), []).append(c)
    order = sorted(by_group, key=lambda g: (g in _OWN_GROUPS, g))
    for name in order:
        yield name, by_group[name]


def _facade_text(report: Report, facade: list[str]) -> str:
    if facade:
        return "facade: " + _more(_pair_sync(facade), 4)
    return "no facade method uses it" if report.facade_scanned else "facade not scanned"


def _items(report: Report, group: str, changes: list[Change], severity: str) -> list[str]:
    """The statements of one severity in one resource, each a line or two."""
    items = []
    for c in changes:
        if c.kind == "operation_removed":
            op = report.ops[next(iter(c.ops))]
            accepted = f"accepted ({c.accepted_from}): " if c.accepted_from else ""
            items.append(
                f"{accepted}operation removed: {op.name} ({op.label}) [{c.id}]\n"
                + _facade_text(report, report.facade_of(c))
            )
    added = [c for c in changes if c.kind == "operation_added"]
    if added:
        noun = "operations" if len(added) > 1 else "operation"
        names = [report.ops[k].name for c in added for k in c.ops]
        items.append(f"{len(added)} {noun} added: {_more(names)} [{_ids(c.id for c in added)}]")
    for line in _lines(report, changes):
        ids = f" [{_ids(line.ids, None if severity == BREAKING else 3)}]"
        if severity == BREAKING or (line.severity == NOTE and line.text.startswith("accepted")):
            where = f"ops: {_more(line.ops, 3)}; " if line.ops and group != _OWN_GROUPS[1] else ""
            items.append(f"{line.text}{ids}\n{where}{_facade_text(report, line.facade)}")
        else:
            items.append(line.text + ids)
    return items


def _ids(ids: Iterable[str], limit: int | None = None) -> str:
    """Change ids (for ``--accept``), all of them for breaking lines."""
    ids = sorted(ids)
    if limit is None or len(ids) <= limit:
        return " ".join(ids)
    return " ".join(ids[:limit]) + f" +{len(ids) - limit} more"


def render_text(report: Report, markdown: bool = False) -> str:
    """The report for a terminal, or with ``markdown`` for a CI comment."""
    committed, other = report.committed, report.other
    head = (
        f"Drift: committed {committed.label} (Prefect {committed.version}) "
        f"vs {other.label} (Prefect {other.version})"
    )
    n_break, n_compat, n_notes = len(report.breaking), len(report.compatible), len(report.notes)
    verdict = f"{n_break} breaking, {n_compat} compatible, {n_notes} notes"
    accepted = sum(c.accepted_from is not None for c in report.changes)
    if accepted:
        verdict += f" ({accepted} accepted)"
    if not report.changes:
        verdict = "no drift"
    out = [f"## {head}", "", f"**{verdict}**"] if markdown else [head, verdict]
    if report.stale_accepts:
        stale = "accepted ids that match no change any more: " + " ".join(report.stale_accepts)
        out += ["", stale]
    for group, changes in _sections(report):
        b = sum(c.severity == BREAKING for c in changes)
        n = sum(c.severity == NOTE for c in changes)
        title = f"{group}: {b} breaking, {len(changes) - b - n} compatible, {n} notes"
        out += ["", f"### {title}"] if markdown else ["", f"== {title} =="]
        for severity in (BREAKING, COMPATIBLE, NOTE):
            chosen = [c for c in changes if c.severity == severity]
            items = _items(report, group, chosen, severity)
            if not items:
                continue
            shown = items if severity == BREAKING else items[:LINE_LIMIT]
            if len(items) > len(shown):
                shown.append(f"... {len(items) - len(shown)} more (see --format json)")
            if markdown:
                if severity != BREAKING:
                    noun = "notes" if severity == NOTE else severity
                    out += ["", f"<details><summary>{len(chosen)} {noun}</summary>", ""]
                else:
                    out += ["", "**breaking**", ""]
                for item in shown:
                    first, _, rest = item.partition("\n")
                    out.append(f"- {_md(first)}" + (f"<br>_{_md(rest)}_" if rest else ""))
                if severity != BREAKING:
                    out += ["", "</details>"]
            else:
                out.append(
                    {BREAKING: " BREAKING:", COMPATIBLE: " compatible:", NOTE: " notes:"}[severity]
                )
                for item in shown:
                    first, _, rest = item.partition("\n")
                    out.append(f"  - {first}")
                    if rest:
                        out.append(f"      {rest}")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace("_", "\\_")
