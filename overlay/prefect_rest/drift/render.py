"""The report as text (a terminal), markdown (a CI comment) or JSON."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from . import EXIT_COMPATIBLE, EXIT_NONE
from .compare import Change
from .links import DOCS_URL_ENV, method_page
from .report import Report
from .schemas import BREAKING, COMPATIBLE, NOTE, Spec

#: Longest list of names printed in full; a longer one is a count (JSON has them all).
FULL_LIST = 20
#: Lines of one kind shown per resource (compatible changes, notes); JSON has them all.
LINE_LIMIT = 12
JSON_HINT = "use --format json for all"

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


#: How a method name is shown: as it is (text), or as a link to its page (markdown).
Show = Callable[[str], str]


def _plain(name: str) -> str:
    return name


def _md_link(name: str) -> str:
    """``[PrefectClient.read_flow](.../reference/methods/read_flow/)``."""
    return f"[{name}]({method_page(name)})"


def _listed(items: Iterable[str], noun: str, show: Show = _plain) -> str:
    """Every item, or past :data:`FULL_LIST` a count that says where the full list is."""
    items = sorted(set(items))
    if len(items) > FULL_LIST:
        return f"{len(items)} {noun} ({JSON_HINT})"
    return ", ".join(show(item) for item in items)


def _methods(names: Iterable[str], show: Show = _plain) -> str:
    """Client methods; when each is on both clients, the sync twins are said once."""
    names = set(names)
    paired = {n for n in names if "Sync" + n in names}
    if paired and names == paired | {"Sync" + n for n in paired}:
        sync_class = "Sync" + min(paired).split(".", 1)[0]
        return f"{_listed(paired, 'methods', show)} (the same on {sync_class})"
    return _listed(names, "methods", show)


@dataclass
class Line:
    """One statement of the report: a change, or a run of like changes."""

    severity: str
    text: str
    ops: list[str]
    facade: list[str]
    ids: list[str]
    #: what a removed optional request field breaks: "" (every call) or the fields
    only_calls_passing: list[str]


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
            text += _listed(names, f"{noun}s")
        elif len(group) == 1:
            text = f"{first.where} ({direction}): {template.format(detail=detail)}"
        else:
            names = [c.field or "(itself)" for c in group]
            what = template.format(detail=detail)
            text = f"{schema} ({direction}): {len(names)} fields, {what}: "
            text += _listed(names, "fields")
        if accepted_from:
            text = f"accepted ({accepted_from}): {text}"
        ops = sorted({report.ops[k].label for c in group for k in c.ops})
        facade = sorted({m for c in group for m in report.facade_of(c)})
        passing = [c.only_calls_passing for c in group]
        only = sorted(passing) if all(passing) else []
        ids = sorted(c.id for c in group)
        lines.append(Line(first.severity, text, ops, facade, ids, only))
    return lines


def _sections(report: Report) -> Iterator[tuple[str, list[Change]]]:
    by_group: dict[str, list[Change]] = {}
    for c in report.changes:
        by_group.setdefault(report.group(c), []).append(c)
    order = sorted(by_group, key=lambda g: (g in _OWN_GROUPS, g))
    for name in order:
        yield name, by_group[name]


def _facade_text(
    report: Report, facade: list[str], only: list[str] | None = None, show: Show = _plain
) -> str:
    """The client methods a change reaches, and which of their calls it breaks."""
    if not facade:
        return "no client method calls it" if report.facade_scanned else "methods not looked up"
    if only:
        return f"breaks only calls that pass {' or '.join(only)}, to: {_methods(facade, show)}"
    return "methods: " + _methods(facade, show)


def _items(
    report: Report, group: str, changes: list[Change], severity: str, show: Show = _plain
) -> list[str]:
    """The statements of one severity in one resource, each a line or two."""
    items = []
    for c in changes:
        if c.kind == "operation_removed":
            op = report.ops[next(iter(c.ops))]
            accepted = f"accepted ({c.accepted_from}): " if c.accepted_from else ""
            items.append(
                f"{accepted}operation removed: {op.name} ({op.label}) [{c.id}]\n"
                + _facade_text(report, report.facade_of(c), show=show)
            )
    added = [c for c in changes if c.kind == "operation_added"]
    if added:
        noun = "operations" if len(added) > 1 else "operation"
        names = [report.ops[k].label for c in added for k in c.ops]
        text = _listed(names, "operations")
        items.append(f"{len(added)} {noun} added: {text} [{_ids(c.id for c in added)}]")
    for line in _lines(report, changes):
        ids = f" [{_ids(line.ids)}]"
        if severity == BREAKING or (line.severity == NOTE and line.text.startswith("accepted")):
            where = ""
            if line.ops and group != _OWN_GROUPS[1]:
                where = f"endpoints: {_listed(line.ops, 'endpoints')}; "
            methods = _facade_text(report, line.facade, line.only_calls_passing, show)
            items.append(f"{line.text}{ids}\n{where}{methods}")
        else:
            items.append(line.text + ids)
    return items


def _ids(ids: Iterable[str]) -> str:
    """Change ids (for ``--accept``), every one of them."""
    return " ".join(sorted(ids))


def render_text(report: Report, markdown: bool = False) -> str:
    """The report for a terminal, or with ``markdown`` for a CI comment."""
    committed, other = report.committed, report.other
    head = f"Drift: committed {committed.label} ({_version(committed)}) vs {other.label} ({_version(other)})"
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
            items = _items(report, group, chosen, severity, _md_link if markdown else _plain)
            if not items:
                continue
            shown = items if severity == BREAKING else items[:LINE_LIMIT]
            if len(items) > len(shown):
                noun = "notes" if severity == NOTE else f"{severity} changes"
                shown.append(f"... and {len(items) - len(shown)} more {noun} ({JSON_HINT})")
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
    pages = reference_pages(report)
    if pages and markdown and not os.environ.get(DOCS_URL_ENV):
        out += ["", _md(f"The method links are {_pages_where()}.")]
    elif pages and not markdown:
        out += ["", f"Reference pages of these methods, both clients ({_pages_where()}):"]
        out += [f"  - {name}: {url}" for name, url in pages.items()]
    steps = what_to_do(report)
    if markdown:
        out += ["", "### What to do", "", *(f"- {_md(step)}" for step in steps)]
    else:
        out += ["", "What to do:", *(f"  - {step}" for step in steps)]
    return "\n".join(out) + "\n"


def _pages_where() -> str:
    """Where the reference pages the report links to are."""
    if os.environ.get(DOCS_URL_ENV):
        return f"on the documentation site at {os.environ[DOCS_URL_ENV]}"
    return (
        f"paths in the documentation site: build it in a checkout with ./dev docs and open "
        f"site/<path>index.html, or set {DOCS_URL_ENV} to where it is published"
    )


def reference_pages(report: Report) -> dict[str, str]:
    """The client methods breaking changes reach, each with its reference page.

    Accepted breaking changes count too (the report still names their methods);
    a method on both clients is listed once, by its ``PrefectClient`` name.
    """
    names: set[str] = set()
    for change in report.changes:
        if change.severity == BREAKING or change.accepted_from == BREAKING:
            names.update(report.facade_of(change))
    names -= {"Sync" + n for n in names}
    return {name: method_page(name) for name in sorted(names)}


def _version(spec: Spec) -> str:
    """The server's Prefect release when known; a stored document's own version otherwise."""
    if spec.release:
        return f"Prefect {spec.release}"
    return f"document version {spec.version}"


def what_to_do(report: Report) -> list[str]:
    """The next steps for the report's exit code."""
    code = report.exit_code
    if code == EXIT_NONE:
        return ["nothing: this client speaks the server's API as it was generated."]
    regenerate = (
        "regenerate the client for the server's document (./dev regenerate -- --url URL "
        'in a checkout; README, "When the server API changes")'
    )
    pending = sorted(c.id for c in report.changes if c.accepted_from is None)
    accept = "add these ids to the accept file given to --accept (one per line, # a comment): "
    if code == EXIT_COMPATIBLE:
        steps = ["nothing is required: every change is compatible with this client."]
        if pending:
            steps += [
                "to use what the server added, " + regenerate + ".",
                "to mark the changes as reviewed, " + accept + " ".join(pending),
            ]
        return steps
    breaking = sorted(c.id for c in report.breaking)
    return [
        "pin: keep the server on the release this client was generated for (committed: "
        f"{_version(report.committed)}), or install a prefect-rest built for the server's "
        "release.",
        "or " + regenerate + ", then adapt the methods named above.",
        "or, if your code makes none of the calls named above, accept the breaking changes: "
        + accept
        + " ".join(breaking),
    ]


#: The destination of a markdown link, ``](url)``: kept as written by :func:`_md`.
_LINK_TARGET = re.compile(r"(\]\([^()\s]*\))")


def _md(text: str) -> str:
    """Escape markdown in ``text``, leaving the targets of its links as they are."""
    parts = _LINK_TARGET.split(text)
    return "".join(
        part if i % 2 else part.replace("|", "\\|").replace("<", "&lt;").replace("_", "\\_")
        for i, part in enumerate(parts)
    )
