"""Write the reference pages of the documentation site from the code and the API document.

    python scripts/docs_pages.py [--out docs/reference] [--check]

Pages (Markdown, under ``docs/reference/``, not committed): one per public method
of ``PrefectClient``/``SyncPrefectClient`` (both signatures, the docstring, the
operations it calls, what it raises, the Prefect releases it works with), one per
model (fields, types, Prefect's class name), the operations index (all 187, each
with the client methods that wrap it or its typed call), the settings table, the
exception hierarchy and the compatibility matrix.  The mkdocs hook
(``docs/hooks.py``) runs it before every build.  ``--check`` only checks that every
public method has a docstring (exit 1 naming those without).
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib
import inspect
import re
import sys
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _part in ("generated", "overlay"):  # document this checkout, not an installed copy
    sys.path.insert(0, str(ROOT / _part))

import prefect_rest_api.api as api_package  # noqa: E402
import prefect_rest_api.models as api_models  # noqa: E402
from griffe_roles import plain_roles  # noqa: E402
from prefect_rest import PrefectClient, SyncPrefectClient, exceptions  # noqa: E402
from prefect_rest import models as public_models  # noqa: E402
from prefect_rest.drift.compat import MARKS, MEANINGS, WORKS, WORKS_EXCEPT, Matrix  # noqa: E402
from prefect_rest.drift.methods import method_operations, operation_methods  # noqa: E402
from prefect_rest.settings import Settings  # noqa: E402

OUT = ROOT / "docs" / "reference"
Page = tuple[str, str]  # (path relative to the reference dir, Markdown)


# --- helpers ---------------------------------------------------------------------


def _doc(obj: Any) -> str:
    """The docstring, with Sphinx roles (``:class:`~a.B```) as code (`` `B` ``)."""
    return plain_roles(inspect.cleandoc(obj.__doc__)) if obj.__doc__ else ""


def _first_line(obj: Any) -> str:
    return _doc(obj).split("\n\n", 1)[0].replace("\n", " ")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _annotation(value: Any) -> str:
    if value is inspect.Parameter.empty:
        return ""
    return value if isinstance(value, str) else inspect.formatannotation(value)


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def linked_type(text: str, models: set[str], prefix: str) -> str:
    """A type annotation as Markdown code, each model name a link to its page.

    Pipes stay as they are: a table cell does not split inside a code span."""
    out, last = [], 0
    for match in _IDENT.finditer(text):
        if match.group() in models:
            if text[last : match.start()]:
                out.append(f"`{text[last : match.start()]}`")
            out.append(f"[`{match.group()}`]({prefix}{match.group()}.md)")
            last = match.end()
    if text[last:]:
        out.append(f"`{text[last:]}`")
    return "".join(out)


def signature(owner: type, name: str, prefix: str = "") -> str:
    """``[async] def name(params) -> return``, annotations as written in the code."""
    function = getattr(owner, name)
    sig = inspect.signature(function)
    parts = []
    seen_kw_only = False
    for param in sig.parameters.values():
        if param.name == "self":
            continue
        if param.kind is param.KEYWORD_ONLY and not seen_kw_only:
            parts.append("*")
            seen_kw_only = True
        text = ("*" if param.kind is param.VAR_POSITIONAL else "") + (
            "**" if param.kind is param.VAR_KEYWORD else ""
        )
        if param.kind is param.VAR_POSITIONAL:
            seen_kw_only = True
        text += param.name
        if (note := _annotation(param.annotation)) != "":
            text += f": {note}"
        if param.default is not inspect.Parameter.empty:
            text += f" = {param.default!r}"
        parts.append(text)
    head = "async def" if inspect.iscoroutinefunction(function) else "def"
    ret = _annotation(sig.return_annotation)
    args = ",\n".join(f"    {p}" for p in parts)
    body = f"(\n{args},\n)" if parts else "()"
    return f"{head} {prefix}{name}{body}" + (f" -> {ret}" if ret else "")


def public_method_names() -> list[str]:
    """The public methods of both clients (the same names), sorted."""
    names = {n for n in dir(PrefectClient) if not n.startswith("_")}
    return sorted(n for n in names if callable(getattr(PrefectClient, n, None)))


def undocumented() -> list[str]:
    """``Client.method`` of every public method without a docstring, both clients."""
    return [
        f"{cls.__name__}.{name}"
        for cls in (PrefectClient, SyncPrefectClient)
        for name in public_method_names()
        if not (getattr(cls, name).__doc__ or "").strip()
    ]


# --- operations ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Operation:
    """One generated endpoint module."""

    tag: str
    name: str
    method: str
    path: str
    summary: str
    module: ModuleType

    @property
    def dotted(self) -> str:
        return f"prefect_rest_api.api.{self.tag}.{self.name}"

    @property
    def anchor(self) -> str:
        return f"{self.tag}-{self.name}".replace("_", "-")


def operations() -> list[Operation]:
    """Every generated operation, by tag and name."""
    found = []
    base = Path(api_package.__file__).parent
    for tag_dir in sorted(p for p in base.iterdir() if (p / "__init__.py").exists()):
        for path in sorted(tag_dir.glob("*.py")):
            if path.name == "__init__.py":
                continue
            module = importlib.import_module(f"prefect_rest_api.api.{tag_dir.name}.{path.stem}")
            summary = _first_line(module).split(":", 1)[0]
            found.append(
                Operation(tag_dir.name, path.stem, module.METHOD, module.PATH, summary, module)
            )
    return found


def typed_call(op: Operation) -> str:
    """How to call an operation with the generated package."""
    sig = inspect.signature(op.module.sync)
    args = [
        f"{p.name}=..."
        for p in sig.parameters.values()
        if p.name != "client" and p.default is inspect.Parameter.empty
    ]
    call = ", ".join(["client=api_client", *args])
    return f"from prefect_rest_api.api import {op.tag}\n\n{op.tag}.{op.name}.sync({call})"


# --- pages -----------------------------------------------------------------------


def _raises(name: str, ops: list[Operation]) -> list[str]:
    """What a method raises: what its body raises, then what its operations can answer."""
    source = textwrap.dedent(inspect.getsource(getattr(PrefectClient, name)))
    tree = ast.parse(source)
    raised = set()
    caught = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Raise) and node.exc is not None:
            names = [n.id for n in ast.walk(node.exc) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.ExceptHandler) and node.type is not None:
            caught |= {n.id for n in ast.walk(node.type) if isinstance(n, ast.Name)}
        for found in names:
            value = getattr(exceptions, found, None)
            if isinstance(value, type) and issubclass(value, BaseException):
                raised.add(found)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {
            "bad_argument",
            "name_arg",
            "uuid_arg",
            "str_arg",
            "dict_arg",
        }:
            raised.add("InvalidArgument")
    lines = [f"- `{n}` ({_first_line(getattr(exceptions, n))})" for n in sorted(raised)]
    if not ops and "self._send(" not in source:  # no request of its own
        return lines
    generic = [
        ("InvalidArgument", "a bad argument, before any request is sent"),
        ("ObjectNotFound", "404: the object does not exist")
        if any("{" in op.path for op in ops)
        else None,
        ("PrefectValidationError", "422: the server rejected the request's values"),
        ("AuthorizationError", "401/403"),
        ("PrefectHTTPStatusError", "any other error status, after the retries"),
        ("PrefectTransportError", "the request could not be sent or answered"),
        ("ResponseDecodeError", "the answer is not the documented JSON"),
        ("OperationNotAvailable", "the server's release lacks the operation"),
    ]
    for item in generic:
        if item and item[0] not in raised | caught:
            lines.append(f"- `{item[0]}` ({item[1]})")
    lines += [
        f"- not `{n}`: the method catches it (see above)"
        for n in sorted(caught)
        if n in {g[0] for g in generic if g}
    ]
    return lines


def method_page(name: str, ops: list[Operation], matrix: Matrix, models: set[str]) -> str:
    """The page of one method: both signatures, docstring, operations, raises, releases."""
    out = [f"# {name}", ""]
    summary = _first_line(getattr(PrefectClient, name))
    out += [summary, "", "```python"]
    out.append(signature(PrefectClient, name, "PrefectClient."))
    out += ["", signature(SyncPrefectClient, name, "SyncPrefectClient."), "```", ""]
    returns = _annotation(inspect.signature(getattr(PrefectClient, name)).return_annotation)
    if returns:
        out += [f"Returns {linked_type(returns, models, '../models/')}.", ""]
    rest = _doc(getattr(PrefectClient, name)).split("\n\n", 1)
    if len(rest) > 1:
        out += [rest[1], ""]
    out += ["## Operations", ""]
    if ops:
        out += ["| method | path | generated module |", "|---|---|---|"]
        for op in ops:
            out.append(
                f"| `{op.method}` | `{op.path}` | [`{op.dotted}`](../operations.md#{op.anchor}) |"
            )
        out += ["", "Endpoints: " + ", ".join(f"`{op.method} {op.path}`" for op in ops), ""]
    else:
        out += ["None: this method sends no request of its own.", ""]
    out += ["## Raises", "", *(_raises(name, ops) or ["Nothing of its own."]), ""]
    out += ["## Prefect releases", ""]
    if name in matrix.data["methods"]:
        works = matrix.works_with(name)
        out.append(
            "Works with: " + (", ".join(works) if works else "none of the stored releases") + "."
        )
        narrowed = [r for r in matrix.releases if matrix.status(name, r) == WORKS_EXCEPT]
        if narrowed:
            out += ["", "Works, except the calls that pass fields it lacks, with: "]
            out[-1] += ", ".join(narrowed) + "."
        out.append("")
        statuses = {matrix.status(name, r) for r in matrix.releases} - {WORKS}
        out += [f"**{MARKS[st]}**: {_cell(MEANINGS[st])}." for st in sorted(statuses)]
        out.append("")
        for release in matrix.releases:
            if matrix.status(name, release) == WORKS:
                continue
            out.append(f"- **{release}**: {_cell(matrix.status_text(name, release, '`'))}")
            for change in matrix.changes(name, release):
                detail = f": {change['detail']}" if change["detail"] else ""
                out.append(
                    f"    - `{change['kind']}` {_cell(change['where'])}{_cell(detail)} "
                    f"(`{change['id']}`)"
                )
        out += ["", "See the [compatibility matrix](../compatibility.md).", ""]
    return "\n".join(out)


def methods_index(names: list[str], by_method: dict[str, list[Operation]]) -> str:
    out = [
        "# Client methods",
        "",
        f"The {len(names)} public methods of `PrefectClient` (async) and "
        "`SyncPrefectClient` (the same methods, without `await`).",
        "",
        "| method | summary | endpoints |",
        "|---|---|---|",
    ]
    for name in names:
        ends = ", ".join(f"`{op.method} {op.path}`" for op in by_method.get(name, []))
        out.append(
            f"| [`{name}`]({name}.md) | {_cell(_first_line(getattr(PrefectClient, name)))} "
            f"| {ends} |"
        )
    return "\n".join(out) + "\n"


def operations_page(ops: list[Operation], users: dict[tuple[str, str], list[str]]) -> str:
    wrapped = sum(bool(users.get((op.tag, op.name))) for op in ops)
    out = [
        "# Operations",
        "",
        f"All {len(ops)} operations of the API document, {wrapped} wrapped by a client "
        f"method and {len(ops) - wrapped} reached only through the generated package.",
        "",
        "Every operation is a module of `prefect_rest_api.api` with `METHOD`, `PATH`, "
        "`sync`, `asyncio`, `sync_detailed` and `asyncio_detailed`. To call one typed:",
        "",
        "```python",
        "from prefect_rest_api.client import Client",
        "from prefect_rest_api.api import admin, flow_runs",
        "",
        'api_client = Client(base_url="http://127.0.0.1:4200/api")',
        "print(admin.read_version.sync(client=api_client))",
        "runs = flow_runs.read_flow_runs.sync(client=api_client)",
        "```",
        "",
        "`sync` returns the decoded success model and raises "
        "`prefect_rest_api.errors.UnexpectedStatus` for any other status; the "
        "`*_detailed` forms return the whole response. The client methods add retries, "
        "CSRF, settings and the errors of `prefect_rest.exceptions`.",
        "",
    ]
    for tag in sorted({op.tag for op in ops}):
        out += [f"## {tag}", ""]
        for op in (o for o in ops if o.tag == tag):
            methods = users.get((op.tag, op.name), [])
            out += [
                f"### `{op.method} {op.path}` {{ #{op.anchor} }}",
                "",
                f"{op.summary}. Module `{op.dotted}`.",
                "",
            ]
            if methods:
                links = ", ".join(f"[`{m}`](methods/{m}.md)" for m in methods)
                out += [f"Client methods: {links}.", ""]
            else:
                out += ["No client method; typed call:", "", "```python", typed_call(op), "```", ""]
    return "\n".join(out)


def operations_table(ops: list[Operation], users: dict[tuple[str, str], list[str]]) -> str:
    """One row per operation, for the index (method, path, wrapping methods)."""
    out = [
        "# Operations index",
        "",
        f"{len(ops)} method and path pairs. Details: [operations](operations.md).",
        "",
        "| method | path | client methods | module |",
        "|---|---|---|---|",
    ]
    for op in sorted(ops, key=lambda o: (o.path, o.method)):
        methods = ", ".join(f"[`{m}`](methods/{m}.md)" for m in users.get((op.tag, op.name), []))
        out.append(
            f"| `{op.method}` | `{op.path}` | {methods or 'typed call only'} "
            f"| [`{op.tag}.{op.name}`](operations.md#{op.anchor}) |"
        )
    return "\n".join(out) + "\n"


def _prefect_names() -> dict[str, str]:
    return {schema: prefect for prefect, schema in public_models.PREFECT_NAMES.items()}


def model_page(name: str, schemas: dict[str, Any], models: set[str]) -> str:
    cls = getattr(api_models, name)
    schema = schemas.get(name, {})
    prefect = _prefect_names().get(name) or str(schema.get("title") or name.removesuffix("Input"))
    out = [f"# {name}", "", f"`prefect_rest.models.{name}`. Prefect's class: `{prefect}`.", ""]
    doc = _doc(cls).split("Attributes:", 1)[0].strip()
    if doc and doc != name:
        out += [doc, ""]
    types = {a.name: str(a.type) for a in getattr(cls, "__attrs_attrs__", ())}
    if hasattr(cls, "__members__"):  # an enum
        out += ["Enum values: " + ", ".join(f"`{m.value}`" for m in cls), ""]
        return "\n".join(out)
    rows = getattr(cls, "_fields_", ())  # the generated field table
    if not rows:
        out.append(
            "No fixed fields: a JSON object of any keys, read and written through "
            "`additional_properties`."
        )
        return "\n".join(out) + "\n"
    out += ["| field | JSON key | type | required |", "|---|---|---|---|"]
    for f in rows:
        out.append(
            f"| `{f.attr}` | `{f.key}` | {linked_type(types.get(f.attr, ''), models, '')} | "
            f"{'yes' if f.required else 'no'} |"
        )
    return "\n".join(out) + "\n"


def models_index(names: list[str]) -> str:
    prefect = _prefect_names()
    out = [
        "# Models",
        "",
        f"{len(names)} classes in `prefect_rest.models`, generated from the API document.",
        "",
        "| class | Prefect's name |",
        "|---|---|",
    ]
    for name in names:
        out.append(f"| [`{name}`]({name}.md) | {prefect.get(name, '')} |")
    return "\n".join(out) + "\n"


def settings_page() -> str:
    out = [
        "# Settings",
        "",
        _doc(sys.modules[Settings.__module__]),
        "",
        "| setting | environment variable | type | default |",
        "|---|---|---|---|",
    ]
    for f in dataclasses.fields(Settings):
        default = (
            f.default
            if f.default is not dataclasses.MISSING
            else (f.default_factory() if f.default_factory is not dataclasses.MISSING else "")
        )
        env = Settings.ENV.get(f.name, "")
        out.append(
            f"| `{f.name}` | {f'`{env}`' if env else 'argument only'} | `{f.type}` "
            f"| `{default!r}` |"
        )
    out += ["", "::: prefect_rest.settings.Settings", ""]
    return "\n".join(out)


def exceptions_page() -> str:
    classes = [
        v
        for v in vars(exceptions).values()
        if isinstance(v, type)
        and issubclass(v, exceptions.PrefectRestError)
        and v.__module__ == exceptions.__name__
    ]

    def tree(base: type, depth: int) -> Iterable[str]:
        yield f"{'    ' * depth}- `{base.__name__}`: {_first_line(base)}"
        for sub in sorted((c for c in classes if base in c.__bases__), key=lambda c: c.__name__):
            yield from tree(sub, depth + 1)

    out = [
        "# Exceptions",
        "",
        "Every error a client call raises is a `PrefectRestError`; the tree (a class "
        "under two parents is listed under both):",
        "",
        *tree(exceptions.PrefectRestError, 0),
        "",
        "::: prefect_rest.exceptions",
        "    options:",
        "      show_root_heading: false",
        "      show_root_toc_entry: false",
        "",
    ]
    return "\n".join(out)


def compatibility_page(matrix: Matrix) -> str:
    out = [
        "# Compatibility matrix",
        "",
        f"Which Prefect server releases each client method works with (generated for "
        f"{matrix.data['baseline']}). Each release is the newest patch of its minor "
        "release that installs from the package index; its stored document "
        "(`tests/data/`) is compared with the client's by the drift rules. "
        "**yes**: works; "
        + "; ".join(f"**{MARKS[st]}**: {_cell(text)}" for st, text in MEANINGS.items())
        + ". A request field the release lacks breaks only the calls that pass it, as the "
        'drift report says ("breaks only calls that pass X"): such a method is '
        "**except**, not **changed**, and its page names the fields. The changes behind "
        "each mark are on the method's page. The same from the command line: "
        "`prefect-rest compat [--release X]`. Prefect 2.x servers are another major "
        "release: `raise_for_api_version_mismatch()` refuses them.",
        "",
        "| method | " + " | ".join(matrix.releases) + " |",
        "|---|" + "---|" * len(matrix.releases),
    ]
    for name in matrix.methods:
        marks = " | ".join(MARKS[matrix.status(name, r)] for r in matrix.releases)
        out.append(f"| [`{name}`](methods/{name}.md) | {marks} |")
    return "\n".join(out) + "\n"


#: The functions users start from, documented by mkdocstrings from their docstrings.
ENTRY_POINTS = """# Entry points

`get_client` makes a client from the `PREFECT_*` settings; `prefect_rest.testing`
gives a fresh in-process server per test (its pytest plugin is installed with the
package).

::: prefect_rest.client.get_client

::: prefect_rest.testing.isolated_server

::: prefect_rest.testing.pytest_plugin
    options:
      show_root_heading: true
      members: [prefect_isolated_server, prefect_client, sync_prefect_client]
"""


def index_page(counts: dict[str, int]) -> str:
    return "\n".join(
        [
            "# Reference",
            "",
            "Generated from the code and the API document on every build.",
            "",
            "- [Entry points](entry-points.md): `get_client`, `prefect_rest.testing`",
            f"- [Client methods](methods/index.md): {counts['methods']} methods of both clients",
            f"- [Operations](operations.md): all {counts['operations']} operations "
            f"([index](operations-index.md))",
            f"- [Models](models/index.md): {counts['models']} classes",
            "- [Settings](settings.md)",
            "- [Exceptions](exceptions.md)",
            "- [Compatibility matrix](compatibility.md)",
            "- [Drift rules](../drift.md)",
            "",
        ]
    )


#: The order of the reference section (mkdocs-awesome-nav).
REFERENCE_NAV = """nav:
  - index.md
  - Entry points: entry-points.md
  - Client methods: methods
  - Operations: operations.md
  - Operations index: operations-index.md
  - Models: models
  - Settings: settings.md
  - Exceptions: exceptions.md
  - Compatibility matrix: compatibility.md
"""


def pages() -> list[Page]:
    """Every reference page."""
    import json

    ops = operations()
    by_module = {(op.tag, op.name): op for op in ops}
    reach = method_operations()
    users = operation_methods()
    matrix = Matrix.load()
    names = public_method_names()
    by_method = {
        n: sorted((by_module[m] for m in reach.get(n, ()) if m in by_module), key=lambda o: o.path)
        for n in names
    }
    schemas = (
        json.loads((ROOT / "openapi.json").read_text()).get("components", {}).get("schemas", {})
    )
    model_names = sorted(n for n in api_models.__all__ if not n.startswith("_"))
    out: list[Page] = [
        (
            "index.md",
            index_page({"methods": len(names), "operations": len(ops), "models": len(model_names)}),
        ),
        ("methods/index.md", methods_index(names, by_method)),
        ("operations.md", operations_page(ops, users)),
        ("operations-index.md", operations_table(ops, users)),
        ("models/index.md", models_index(model_names)),
        ("entry-points.md", ENTRY_POINTS),
        ("settings.md", settings_page()),
        ("exceptions.md", exceptions_page()),
        ("compatibility.md", compatibility_page(matrix)),
    ]
    out.append((".nav.yml", REFERENCE_NAV))
    out.append(("models/.nav.yml", "nav:\n  - index.md\n"))  # model pages: search and index
    known_models = set(model_names)
    out += [(f"methods/{n}.md", method_page(n, by_method[n], matrix, known_models)) for n in names]
    out += [(f"models/{n}.md", model_page(n, schemas, known_models)) for n in model_names]
    return out


def write(out_dir: Path = OUT, log: Callable[[str], None] = print) -> int:
    """Write every page under ``out_dir`` (replacing what was there); the page count."""
    import shutil

    all_pages = pages()
    shutil.rmtree(out_dir, ignore_errors=True)
    for rel, text in all_pages:
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    log(f"docs_pages: wrote {len(all_pages)} pages under {out_dir}")
    return len(all_pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="only check the docstrings")
    args = parser.parse_args(argv)
    missing = undocumented()
    if missing:
        print("public methods without a docstring: " + ", ".join(missing), file=sys.stderr)
        return 1
    if not args.check:
        write(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
