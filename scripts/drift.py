"""Compare the committed ``openapi.json`` with the document a server serves.

    python scripts/drift.py [--url http://127.0.0.1:4200/api | --spec FILE]
                            [--committed openapi.json] [--format text|json|markdown]
    python scripts/drift.py --check-generated

The *committed* document is the one the client was generated from; the
*other* one is the server's (``--url``: a running server, ``--spec``: a file,
neither: the installed ``prefect`` server package).  Both go through
``normalize.normalize`` after a leading ``/api`` is stripped from the paths
(2.x and 3.4 documents carry it) and short names that collide in an older
release are told apart (``resume_deployment_set_schedule_active``).  Then:

* operations are matched by method and path with path parameters blanked
  (``/flows/{id}`` and ``/flows/{flow_id}`` are one operation) and reported by
  the committed document's name and tag;
* per operation, the parameters, the request body and the first 2xx JSON
  response are compared structurally, following ``$ref`` on each side (schema
  names differ between releases), so a change deep in a model is reported
  with its path (``FlowRun.state.state_details.flow_run_id``) on every
  operation it reaches; schemas both documents name alike that no operation
  walk compared are compared by name ("Models (by name)");
* a change is kept once per (owning schema, field, direction), with every
  path and operation that reaches it and the facade methods
  (``overlay/prefect_rest``) that call those operations.

Classification.  *Request* data is what the client sends (parameters, request
bodies) and the server decodes; *response* data is what the server sends and
the client decodes.  A change is **breaking** when the committed client would
now fail, or send something the server rejects or ignores:

* an operation of the committed document is gone;
* request: a field or parameter the client can send was removed (the server
  rejects it where extra fields are forbidden and ignores it elsewhere; the
  call no longer does what the caller asked either way), became required or
  was added as required; a type the client sends is no longer accepted
  (``X | null`` -> ``X``, ``string`` -> ``string<uri>``, a union member
  gone); an enum value it may send was removed; a constant changed; the body
  became required or is no longer taken;
* response: a field the client requires is gone or no longer required (the
  decoder refuses an object without it); the server may now send a type the
  client's decoder refuses (``X`` -> ``X | null``, ``string`` ->
  ``string<date-time>`` is fine but not the reverse, a new union member); a
  constant changed; a success body the client decodes is no longer sent.

Everything else is **compatible**: new operations, new optional request
fields, new response fields, request types widened (``X`` -> ``X | null``,
``integer`` -> ``number``, a format dropped, a union member added), response
types narrowed, enum values added (the generated decoder keeps unknown
values) or removed from a response, a removed response field the client has
as optional (it now reads as unset).  Other rules:

* ``anyOf [X, {"type": "null"}]``, ``type: [X, "null"]`` and
  ``nullable: true`` all mean "X or null"; null is one member of the union;
* a parameter is never null on the wire, so null in a parameter's type is
  ignored;
* a document that never mentions null (pydantic v1: Prefect 2.x) cannot say
  whether a field is nullable, so nullability is not compared against it
  (its optional-ness still is);
* an untyped schema (``{}``) on the server's side of a response says nothing
  about what is sent and is not breaking; an empty named schema (3.4's
  settings placeholders) is not compared by name;
* union members are matched by kind and model name; the only model left on
  each side is the same model renamed, and its fields are compared;
* success status codes are not compared: every 2xx decodes the same way.

Exit codes: 0 no drift, 1 compatible drift only, 2 breaking drift, 3 a
document could not be read or normalized (one line on stderr says why).
With ``--check-generated`` (which does only that check): 0 ``generated/``
equals a fresh generation from ``openapi.json`` and ``templates/``, 1 it
differs (the files are listed), 3 the generator could not run.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import copy
import filecmp
import json
import keyword
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fetch_schema import FetchError, from_file, from_installed_server, from_url
from normalize import (
    NormalizeError,
    normalize,
    operation_name,
    operation_tag,
    operations,
)

ROOT = Path(__file__).resolve().parent.parent
REF_PREFIX = "#/components/schemas/"
BREAKING, COMPATIBLE = "breaking", "compatible"
REQUEST, RESPONSE = "request", "response"
EXIT_NONE, EXIT_COMPATIBLE, EXIT_BREAKING, EXIT_UNREADABLE = 0, 1, 2, 3
#: Items shown of a long list before "N more".
LIST_LIMIT = 6
#: Lines of one kind shown per resource before "N more".
LINE_LIMIT = 12


# --- names as openapi-python-client writes them ------------------------------

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def snake_case(value: str) -> str:
    """The module name openapi-python-client gives a tag or an operation."""
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    leading_underscore = value.startswith("_")
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    words = re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)
    name = "_".join(words).lower()
    if name in _RESERVED or keyword.iskeyword(name):
        name += "_"
    if not name.isidentifier() or leading_underscore:
        name = "tag" + name
    return name


# --- facade scan --------------------------------------------------------------

#: Module the facade imports the generated endpoints from.
OPS_MODULE = "prefect_rest_api.api"


def _ops_aliases(tree: ast.Module) -> set[str]:
    aliases = {"ops"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases |= {a.asname for a in node.names if a.name == OPS_MODULE and a.asname}
        elif isinstance(node, ast.ImportFrom) and node.module == "prefect_rest_api":
            aliases |= {a.asname or a.name for a in node.names if a.name == "api"}
    return aliases


def scan_facade(package: Path) -> dict[tuple[str, str], list[str]]:
    """``(tag_module, operation_module)`` -> facade functions that use it.

    A function uses an operation when its body contains ``ops.<tag>.<op>``
    (``ops`` being ``prefect_rest_api.api``); names read ``Class.method``
    (``module.function`` outside classes).
    """
    found: dict[tuple[str, str], set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(), filename=str(path))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        aliases = _ops_aliases(tree)
        _scan_node(tree, [], path.stem, aliases, found)
    return {key: sorted(names) for key, names in sorted(found.items())}


def _scan_node(
    node: ast.AST,
    scope: list[str],
    module: str,
    aliases: set[str],
    found: dict[tuple[str, str], set[str]],
) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _scan_node(child, [*scope, child.name], module, aliases, found)
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            qualname = ".".join([*scope, child.name]) if scope else f"{module}.{child.name}"
            for sub in ast.walk(child):
                if (
                    isinstance(sub, ast.Attribute)
                    and isinstance(sub.value, ast.Attribute)
                    and isinstance(sub.value.value, ast.Name)
                    and sub.value.value.id in aliases
                ):
                    found.setdefault((sub.value.attr, sub.attr), set()).add(qualname)
        else:
            _scan_node(child, scope, module, aliases, found)


# --- documents ----------------------------------------------------------------


def strip_api_prefix(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with a leading ``/api`` removed from paths that all carry it."""
    paths = doc.get("paths", {})
    if not paths or not all(p == "/api" or p.startswith("/api/") for p in paths):
        return doc
    return {**doc, "paths": {(p[4:] or "/"): item for p, item in paths.items()}}


def dedupe_operation_ids(doc: dict[str, Any]) -> dict[str, Any]:
    """Rename operations whose short names collide (older releases have some).

    ``normalize`` refuses a collision, and rightly so for the generator's
    input; another release's document is only compared, so the later
    operation of a pair gets its last path segment appended instead
    (``resume_deployment_set_schedule_active``).
    """
    seen: set[tuple[str, str]] = set()
    renames: dict[tuple[str, str], str] = {}
    for method, path, op in operations(doc):
        tag = operation_tag(path, op.get("tags") or [])
        name = operation_name(method, path, str(op.get("operationId", "")))
        if (tag, name) in seen:
            segment = [s for s in path.split("/") if s and not s.startswith("{")][-1:]
            base = re.sub(r"\W", "_", "_".join([name, *segment]))
            name, n = base, 1
            while (tag, name) in seen:
                n += 1
                name = f"{base}_{n}"
            renames[(method, path)] = name
        seen.add((tag, name))
    if not renames:
        return doc
    doc = copy.deepcopy(doc)
    for (method, path), name in renames.items():
        doc["paths"][path][method.lower()]["operationId"] = name
    return doc


def prepare(doc: dict[str, Any]) -> dict[str, Any]:
    """The generator's input for ``doc``, with paths relative to the API root."""
    return normalize(dedupe_operation_ids(strip_api_prefix(doc)))


def op_key(method: str, path: str) -> str:
    """Operation identity: ``GET /flows/{}`` (path parameter names blanked)."""
    return method + " " + re.sub(r"\{[^}]*\}", "{}", path)


def _mentions_null(node: Any) -> bool:
    if isinstance(node, dict):
        kind = node.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind) or node.get("nullable"):
            return True
        return any(_mentions_null(v) for v in node.values())
    if isinstance(node, list):
        return any(_mentions_null(v) for v in node)
    return False


@dataclass(frozen=True)
class Alt:
    """One member of a schema's union: a kind signature and its schema."""

    sig: str
    schema: dict[str, Any]
    name: str | None = None

    @property
    def is_object(self) -> bool:
        return self.sig.startswith("object:")


class Spec:
    """A normalized document and schema helpers."""

    def __init__(self, doc: dict[str, Any], label: str) -> None:
        self.doc = doc
        self.label = label
        self.version = str(doc.get("info", {}).get("version", "?"))
        self.schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
        self.v1 = not _mentions_null(doc.get("components", {})) and not _mentions_null(
            doc.get("paths", {})
        )
        self.ops: dict[str, tuple[str, str, dict[str, Any]]] = {
            op_key(m, p): (m, p, op) for m, p, op in operations(doc)
        }

    def resolve(self, schema: Any) -> tuple[dict[str, Any], str | None]:
        """Follow ``$ref`` and one-member ``allOf``; the schema and its name."""
        name = None
        for _ in range(50):
            if not isinstance(schema, dict):
                return {}, name
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF_PREFIX):
                name = ref[len(REF_PREFIX) :]
                schema = self.schemas.get(name, {})
                continue
            all_of = schema.get("allOf")
            if isinstance(all_of, list) and len(all_of) == 1:
                schema = all_of[0]
                continue
            break
        return schema, name

    def alternatives(self, schema: Any) -> list[Alt]:
        """The union members of ``schema`` (one member for a plain schema)."""
        out: list[Alt] = []
        self._alts(schema, out, 0)
        seen: set[str] = set()
        return [a for a in out if not (a.sig in seen or seen.add(a.sig))]

    def _alts(self, schema: Any, out: list[Alt], depth: int) -> None:
        schema, name = self.resolve(schema)
        if depth > 20:
            out.append(Alt("any", schema, name))
            return
        members = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(members, list):
            for member in members:
                self._alts(member, out, depth + 1)
            if schema.get("nullable"):
                out.append(Alt("null", {}))
            return
        kind = schema.get("type")
        if isinstance(kind, list):
            for k in kind:
                self._alts({**schema, "type": k}, out, depth + 1)
            return
        if schema.get("nullable"):
            out.append(Alt("null", {}))
        out.append(Alt(self._sig(schema, name), schema, name))

    @staticmethod
    def _sig(schema: dict[str, Any], name: str | None) -> str:
        kind = schema.get("type")
        if "const" in schema or "enum" in schema:
            return "enum"
        if kind == "null":
            return "null"
        if kind == "array" or "items" in schema or "prefixItems" in schema:
            return "array"
        if kind == "object" or "properties" in schema:
            if schema.get("properties"):
                return f"object:{name or schema.get('title') or 'object'}"
            return "dict"
        if kind in ("string", "integer", "number", "boolean"):
            fmt = schema.get("format")
            return f"{kind}<{fmt}>" if fmt and kind == "string" else kind
        return "any"


def _label(alts: Iterable[Alt]) -> str:
    names = []
    for a in alts:
        if a.is_object:
            names.append(a.sig[len("object:") :])
        elif a.sig == "enum" and "const" in a.schema:
            names.append(json.dumps(a.schema["const"]))
        elif a.sig == "enum" and a.name:
            names.append(a.name)
        elif a.sig == "array":
            names.append("array")
        else:
            names.append(a.sig)
    return " | ".join(names) or "nothing"


def _type_detail(o_alts: list[Alt], n_alts: list[Alt], pairs: list[tuple[Alt, Alt]]) -> str:
    """``A -> A | null``, or for long unions the members removed and added."""
    if len(o_alts) + len(n_alts) <= 6:
        return f"{_label(o_alts)} -> {_label(n_alts)}"
    o_kept = {id(o) for o, _ in pairs}
    n_kept = {id(n) for _, n in pairs}
    removed = _label(a for a in o_alts if id(a) not in o_kept)
    added = _label(a for a in n_alts if id(a) not in n_kept)
    parts = [
        f"-{removed}" if removed != "nothing" else "",
        f"+{added}" if added != "nothing" else "",
    ]
    return "union members " + ", ".join(p.replace(" | ", ", ") for p in parts if p)


def _accepts(receiver: set[str], sig: str, direction: str) -> bool:
    """True where a decoder of ``receiver`` takes a value of kind ``sig``."""
    if sig in receiver or "any" in receiver:
        return True
    if sig == "any" and direction == RESPONSE:
        return True  # the document does not say what the server sends
    if sig == "integer" and "number" in receiver:
        return True
    if (sig.startswith("string<") or sig == "enum") and "string" in receiver:
        return True
    if sig.startswith("object:") and "dict" in receiver:
        return True
    # the generated client keeps enum values it does not know
    return direction == RESPONSE and sig == "string" and "enum" in receiver


# --- changes ------------------------------------------------------------------


@dataclass
class Change:
    """One difference, found once and attached to every operation it reaches."""

    severity: str
    kind: str
    direction: str
    schema: str
    field: str
    detail: str
    paths: set[str] = field(default_factory=set)
    ops: set[str] = field(default_factory=set)

    @property
    def where(self) -> str:
        """``Schema.field`` (or the operation for a parameter)."""
        if not self.field:
            return self.schema
        sep = "" if self.field[0] in "[{" else "."
        return f"{self.schema}{sep}{self.field}"


@dataclass(frozen=True)
class Where:
    """A place in a walk: the full path, the owning named schema, the field in it."""

    path: str
    owner: str
    rel: str = ""

    def child(self, name: str) -> Where:
        sep = "" if name.startswith("[") or name.startswith("{") else "."
        return Where(f"{self.path}{sep}{name}", self.owner, f"{self.rel}{sep}{name}".lstrip("."))

    def enter(self, name: str | None) -> Where:
        return Where(self.path, name, "") if name else self


class Comparer:
    """Walks the committed (``old``) and other (``new``) documents side by side."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old = old
        self.new = new
        self.changes: dict[tuple[str, ...], Change] = {}
        self._op = ""
        self._stack: set[tuple[str | None, str | None, str]] = set()
        self._done: set[tuple[str | None, str | None, str]] = set()
        #: named schema pairs compared while walking operations
        self._walked: set[tuple[str | None, str | None, str]] = set()

    # recording
    def add(self, where: Where, direction: str, kind: str, severity: str, detail: str) -> None:
        key = (where.owner, where.rel, direction, kind, detail, severity)
        change = self.changes.get(key)
        if change is None:
            change = self.changes[key] = Change(
                severity, kind, direction, where.owner, where.rel, detail
            )
        change.paths.add(where.path)
        if self._op:
            change.ops.add(self._op)

    # operations
    def run(self) -> list[Change]:
        """Every change between the two documents."""
        for key in sorted(self.old.ops.keys() - self.new.ops.keys()):
            self._op = key
            self.add(Where(key, key), REQUEST, "operation_removed", BREAKING, "")
        for key in sorted(self.new.ops.keys() - self.old.ops.keys()):
            self._op = key
            self.add(Where(key, key), REQUEST, "operation_added", COMPATIBLE, "")
        for key in sorted(self.old.ops.keys() & self.new.ops.keys()):
            self._op = key
            self._done = set()
            self.compare_operation(self.old.ops[key], self.new.ops[key])
        self._op = ""
        self.compare_named_schemas()
        return sorted(
            self.changes.values(),
            key=lambda c: (c.severity != BREAKING, c.schema, c.field, c.kind, c.detail),
        )

    def compare_operation(
        self, old: tuple[str, str, dict[str, Any]], new: tuple[str, str, dict[str, Any]]
    ) -> None:
        """Parameters, request body and success response of one operation."""
        method, path, o_op = old
        n_op = new[2]
        name = o_op.get("operationId", f"{method} {path}")
        self._compare_parameters(name, path, new[1], o_op, n_op)
        self._compare_body(name, o_op, n_op)
        self._compare_response(name, o_op, n_op)

    @staticmethod
    def _params(spec: Spec, path: str, op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        """Parameters by (location, name); path parameters by position instead of name."""
        slots = re.findall(r"\{([^}]*)\}", path)
        out = {}
        for param in op.get("parameters", []):
            if "$ref" in param:  # components/parameters (FastAPI does not write them)
                ref = str(param["$ref"]).rsplit("/", 1)[-1]
                param = spec.doc.get("components", {}).get("parameters", {}).get(ref, {})
            where = param.get("in", "query")
            if where == "path" and param.get("name") in slots:
                out[("path", str(slots.index(param["name"])))] = param
            else:
                out[(where, param.get("name", ""))] = param
        return out

    def _compare_parameters(
        self, name: str, o_path: str, n_path: str, o_op: dict[str, Any], n_op: dict[str, Any]
    ) -> None:
        o_params = self._params(self.old, o_path, o_op)
        n_params = self._params(self.new, n_path, n_op)
        for key in sorted(o_params.keys() | n_params.keys()):
            o, n = o_params.get(key), n_params.get(key)
            label = (o or n or {}).get("name", key[1])
            where = Where(f"{name}({key[0]} {label})", name, f"{key[0]} {label}")
            if n is None:
                self.add(where, REQUEST, "parameter_removed", BREAKING, "")
            elif o is None:
                required = bool(n.get("required"))
                self.add(
                    where,
                    REQUEST,
                    "parameter_added",
                    BREAKING if required else COMPATIBLE,
                    "required" if required else "optional",
                )
            else:
                if bool(o.get("required")) != bool(n.get("required")):
                    now = bool(n.get("required"))
                    self.add(
                        where,
                        REQUEST,
                        "required_changed",
                        BREAKING if now else COMPATIBLE,
                        "now required" if now else "now optional",
                    )
                self.compare(o.get("schema"), n.get("schema"), where, REQUEST, param=True)

    @staticmethod
    def _json_schema(content: dict[str, Any]) -> tuple[str | None, Any]:
        for media in ("application/json", *content):
            if media in content:
                return media, content[media].get("schema")
        return None, None

    def _root(self, spec: Spec, schema: Any, name: str, part: str) -> Where:
        resolved, ref = spec.resolve(schema)
        if ref and not ref.startswith("Body_"):
            return Where(ref, ref)
        if resolved.get("type") == "array":
            _, item = spec.resolve(resolved.get("items"))
            if item and not item.startswith("Body_"):
                return Where(item, item)
        return Where(f"{name} {part}", f"{name} {part}")

    def _compare_body(self, name: str, o_op: dict[str, Any], n_op: dict[str, Any]) -> None:
        o_body = o_op.get("requestBody")
        n_body = n_op.get("requestBody")
        where = Where(f"{name} body", f"{name} body")
        if o_body is None and n_body is None:
            return
        if n_body is None:
            self.add(where, REQUEST, "body_removed", BREAKING, "the server takes no body")
            return
        if o_body is None:
            required = bool(n_body.get("required"))
            detail = "required" if required else "optional"
            self.add(where, REQUEST, "body_added", BREAKING if required else COMPATIBLE, detail)
            return
        if not o_body.get("required") and n_body.get("required"):
            self.add(where, REQUEST, "required_changed", BREAKING, "body now required")
        o_media, o_schema = self._json_schema(o_body.get("content", {}))
        n_media, n_schema = self._json_schema(n_body.get("content", {}))
        if o_media != n_media:
            self.add(where, REQUEST, "type_changed", BREAKING, f"{o_media} -> {n_media}")
            return
        root = self._root(self.old, o_schema, name, "body")
        self.compare(o_schema, n_schema, root, REQUEST)

    @staticmethod
    def _success(op: dict[str, Any]) -> Any:
        for code, response in sorted(op.get("responses", {}).items()):
            if code.startswith("2") and response.get("content"):
                return Comparer._json_schema(response["content"])[1]
        return None

    def _compare_response(self, name: str, o_op: dict[str, Any], n_op: dict[str, Any]) -> None:
        o_schema, n_schema = self._success(o_op), self._success(n_op)
        if o_schema is None:
            return  # the client decodes no body; a new one is ignored
        root = self._root(self.old, o_schema, name, "response")
        if n_schema is None:
            self.add(root, RESPONSE, "response_removed", BREAKING, "the server sends no body")
            return
        self.compare(o_schema, n_schema, root, RESPONSE)

    # schemas
    def compare(
        self,
        old: Any,
        new: Any,
        where: Where,
        direction: str,
        *,
        param: bool = False,
    ) -> None:
        """Compare two schemas found at ``where``, recording what changed."""
        o_alts = self.old.alternatives(old)
        n_alts = self.new.alternatives(new)
        if param or self.old.v1 or self.new.v1:
            o_alts = [a for a in o_alts if a.sig != "null"] or o_alts
            n_alts = [a for a in n_alts if a.sig != "null"] or n_alts
        pairs, o_only, n_only = _pair(o_alts, n_alts)
        if o_only or n_only:
            o_sigs = {a.sig for a in o_alts}
            n_sigs = {p[0].sig for p in pairs} | {a.sig for a in n_only}
            if direction == REQUEST:
                bad = any(not _accepts(n_sigs, a.sig, direction) for a in o_only)
            else:
                bad = any(not _accepts(o_sigs, a.sig, direction) for a in n_only)
            detail = _type_detail(o_alts, n_alts, pairs)
            self.add(where, direction, "type_changed", BREAKING if bad else COMPATIBLE, detail)
        for o_alt, n_alt in pairs:
            self._compare_alt(o_alt, n_alt, where, direction)

    def _compare_alt(self, o: Alt, n: Alt, where: Where, direction: str) -> None:
        if o.is_object:
            key = (o.name or o.sig, n.name or n.sig, direction)
            if key in self._stack or key in self._done:
                return
            self._stack.add(key)
            self._walked.add(key)
            try:
                self._compare_object(o.schema, n.schema, where.enter(o.name), direction)
            finally:
                self._stack.discard(key)
                self._done.add(key)
        elif o.sig == "array":
            o_tuple, n_tuple = _tuple_items(o.schema), _tuple_items(n.schema)
            if isinstance(o_tuple, list) and isinstance(n_tuple, list):
                for i, (o_item, n_item) in enumerate(zip(o_tuple, n_tuple, strict=False)):
                    self.compare(o_item, n_item, where.child(f"[{i}]"), direction)
                if len(o_tuple) != len(n_tuple):
                    detail = f"tuple of {len(o_tuple)} -> tuple of {len(n_tuple)}"
                    self.add(where, direction, "type_changed", BREAKING, detail)
            else:
                items = where.child("[]")
                self.compare(o.schema.get("items"), n.schema.get("items"), items, direction)
        elif o.sig == "dict":
            o_ap, n_ap = o.schema.get("additionalProperties"), n.schema.get("additionalProperties")
            if isinstance(o_ap, dict) and isinstance(n_ap, dict):
                self.compare(o_ap, n_ap, where.child("{}"), direction)
        elif o.sig == "enum":
            self._compare_enum(o.schema, n.schema, where.enter(o.name), direction)

    def _compare_enum(
        self, old: dict[str, Any], new: dict[str, Any], where: Where, direction: str
    ) -> None:
        if "const" in old and "const" in new:
            if old["const"] != new["const"]:
                detail = f"{json.dumps(old['const'])} -> {json.dumps(new['const'])}"
                self.add(where, direction, "const_changed", BREAKING, detail)
            return
        o_vals = old.get("enum", [old.get("const")])
        n_vals = new.get("enum", [new.get("const")])
        added = [v for v in n_vals if v not in o_vals]
        removed = [v for v in o_vals if v not in n_vals]
        if added:
            self.add(where, direction, "enum_added", COMPATIBLE, _values(added))
        if removed:
            severity = BREAKING if direction == REQUEST else COMPATIBLE
            self.add(where, direction, "enum_removed", severity, _values(removed))

    def _compare_object(
        self, old: dict[str, Any], new: dict[str, Any], where: Where, direction: str
    ) -> None:
        o_props, n_props = old.get("properties", {}), new.get("properties", {})
        o_req, n_req = set(old.get("required", [])), set(new.get("required", []))
        for prop in sorted(o_props.keys() | n_props.keys()):
            here = where.child(prop)
            if prop not in n_props:
                if direction == REQUEST:
                    self.add(here, direction, "field_removed", BREAKING, "")
                else:
                    was = prop in o_req
                    severity = BREAKING if was else COMPATIBLE
                    self.add(here, direction, "field_removed", severity, "")
                continue
            if prop not in o_props:
                required = prop in n_req and "default" not in n_props[prop]
                severity = BREAKING if direction == REQUEST and required else COMPATIBLE
                kind = "field_added_required" if required else "field_added"
                self.add(here, direction, kind, severity, "")
                continue
            o_r, n_r = prop in o_req, prop in n_req
            if o_r != n_r:
                became = n_r and "default" not in n_props[prop]
                if direction == REQUEST:
                    severity = BREAKING if became else COMPATIBLE
                else:
                    severity = BREAKING if o_r and not n_r else COMPATIBLE
                detail = "now required" if n_r else "now optional"
                self.add(here, direction, "required_changed", severity, detail)
            self.compare(
                o_props[prop],
                n_props[prop],
                here,
                direction,
            )

    def compare_named_schemas(self) -> None:
        """Compare the schemas both documents name alike, as the committed one uses them."""
        uses = self._schema_uses()
        for name in sorted(self.old.schemas.keys() & self.new.schemas.keys()):
            if not self.old.schemas[name] or not self.new.schemas[name]:
                continue  # an empty placeholder schema: the document does not describe it
            ref = {"$ref": REF_PREFIX + name}
            for direction in sorted(uses.get(name, set())):
                if (name, name, direction) in self._walked:
                    continue
                self._done = set()
                self.compare(ref, ref, Where(name, name), direction)

    def _schema_uses(self) -> dict[str, set[str]]:
        uses: dict[str, set[str]] = {}

        def mark(node: Any, direction: str) -> None:
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith(REF_PREFIX):
                    name = ref[len(REF_PREFIX) :]
                    if direction not in uses.setdefault(name, set()):
                        uses[name].add(direction)
                        mark(self.old.schemas.get(name), direction)
                for value in node.values():
                    mark(value, direction)
            elif isinstance(node, list):
                for value in node:
                    mark(value, direction)

        for _method, _path, op in self.old.ops.values():
            mark(op.get("parameters"), REQUEST)
            mark(op.get("requestBody"), REQUEST)
            mark(self._success(op), RESPONSE)
        return uses


def _tuple_items(schema: dict[str, Any]) -> list[Any] | None:
    """The members of a tuple schema (``prefixItems``, or ``items`` as a list)."""
    items = schema.get("prefixItems", schema.get("items"))
    return items if isinstance(items, list) else None


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(v) for v in values)


def _pair(
    o_alts: list[Alt], n_alts: list[Alt]
) -> tuple[list[tuple[Alt, Alt]], list[Alt], list[Alt]]:
    """Match union members: same signature, or the only model left on each side."""
    pairs: list[tuple[Alt, Alt]] = []
    n_left = list(n_alts)
    o_only: list[Alt] = []
    for o in o_alts:
        match = next((n for n in n_left if n.sig == o.sig), None)
        if match is None:
            o_only.append(o)
        else:
            pairs.append((o, match))
            n_left.remove(match)
    o_objects = [a for a in o_only if a.is_object]
    n_objects = [a for a in n_left if a.is_object]
    if len(o_objects) == 1 and len(n_objects) == 1:
        pairs.append((o_objects[0], n_objects[0]))
        o_only.remove(o_objects[0])
        n_left.remove(n_objects[0])
    return pairs, o_only, n_left


# --- report -------------------------------------------------------------------


@dataclass
class OpInfo:
    """An operation as the report names it."""

    key: str
    name: str
    tag: str
    module: tuple[str, str]
    facade: list[str]


@dataclass
class Report:
    """The result of a drift check."""

    committed: Spec
    other: Spec
    changes: list[Change]
    ops: dict[str, OpInfo]
    facade_scanned: bool

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.severity == BREAKING]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.changes if c.severity == COMPATIBLE]

    @property
    def exit_code(self) -> int:
        if self.breaking:
            return EXIT_BREAKING
        return EXIT_COMPATIBLE if self.changes else EXIT_NONE

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
            "committed": {"source": self.committed.label, "version": self.committed.version},
            "other": {"source": self.other.label, "version": self.other.version},
            "exit_code": self.exit_code,
            "summary": {
                "breaking": len(self.breaking),
                "compatible": len(self.compatible),
                "operations_removed": sum(c.kind == "operation_removed" for c in self.changes),
                "operations_added": sum(c.kind == "operation_added" for c in self.changes),
            },
            "changes": [
                {
                    "severity": c.severity,
                    "kind": c.kind,
                    "direction": c.direction,
                    "resource": self.group(c),
                    "schema": c.schema,
                    "field": c.field,
                    "detail": c.detail,
                    "paths": sorted(c.paths),
                    "operations": [
                        {"operation": k, "name": self.ops[k].name, "tag": self.ops[k].tag}
                        for k in sorted(c.ops)
                    ],
                    "facade": self.facade_of(c),
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
            ops[key] = OpInfo(key, name, tag, module, [])
    for key, info in ops.items():
        if key in committed.ops and facade:
            info.facade = facade.get(info.module, [])
    return Report(committed, other, changes, ops, facade is not None)


# --- rendering ----------------------------------------------------------------

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


def _lines(report: Report, changes: list[Change]) -> list[Line]:
    """Collapse like changes (same schema, kind, direction and detail) into lines."""
    groups: dict[tuple[str, ...], list[Change]] = {}
    for c in changes:
        if c.kind in ("operation_removed", "operation_added"):
            continue
        parent = ""
        if c.kind in _COLLAPSIBLE and not c.kind.startswith("parameter") and "." in c.field:
            parent = c.field.rsplit(".", 1)[0]
        groups.setdefault((c.schema, parent, c.kind, c.direction, c.detail), []).append(c)
    lines = []
    for (schema, parent, kind, direction, detail), group in groups.items():
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
        ops = sorted({report.ops[k].name for c in group for k in c.ops})
        facade = sorted({m for c in group for m in report.facade_of(c)})
        lines.append(Line(first.severity, text, ops, facade))
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
            items.append(
                f"operation removed: {op.name} ({op.key})\n{_facade_text(report, report.facade_of(c))}"
            )
    added = [report.ops[k].name for c in changes if c.kind == "operation_added" for k in c.ops]
    if added:
        noun = "operations" if len(added) > 1 else "operation"
        items.append(f"{len(added)} {noun} added: {_more(added)}")
    for line in _lines(report, changes):
        if severity == BREAKING:
            where = f"ops: {_more(line.ops, 3)}; " if line.ops and group != _OWN_GROUPS[1] else ""
            items.append(f"{line.text}\n{where}{_facade_text(report, line.facade)}")
        else:
            items.append(line.text)
    return items


def render_text(report: Report, markdown: bool = False) -> str:
    """The report for a terminal, or with ``markdown`` for a CI comment."""
    committed, other = report.committed, report.other
    head = (
        f"Drift: committed {committed.label} (Prefect {committed.version}) "
        f"vs {other.label} (Prefect {other.version})"
    )
    n_break, n_compat = len(report.breaking), len(report.compatible)
    verdict = f"{n_break} breaking, {n_compat} compatible" if report.changes else "no drift"
    out = [f"## {head}", "", f"**{verdict}**"] if markdown else [head, verdict]
    for group, changes in _sections(report):
        b = sum(c.severity == BREAKING for c in changes)
        title = f"{group}: {b} breaking, {len(changes) - b} compatible"
        out += ["", f"### {title}"] if markdown else ["", f"== {title} =="]
        for severity in (BREAKING, COMPATIBLE):
            chosen = [c for c in changes if c.severity == severity]
            items = _items(report, group, chosen, severity)
            if not items:
                continue
            shown = items if severity == BREAKING else items[:LINE_LIMIT]
            if len(items) > len(shown):
                shown.append(f"... {len(items) - len(shown)} more (see --format json)")
            if markdown:
                if severity == COMPATIBLE:
                    out += ["", f"<details><summary>{len(chosen)} compatible</summary>", ""]
                else:
                    out += ["", "**breaking**", ""]
                for item in shown:
                    first, _, rest = item.partition("\n")
                    out.append(f"- {_md(first)}" + (f"<br>_{_md(rest)}_" if rest else ""))
                if severity == COMPATIBLE:
                    out += ["", "</details>"]
            else:
                out.append(" BREAKING:" if severity == BREAKING else " compatible:")
                for item in shown:
                    first, _, rest = item.partition("\n")
                    out.append(f"  - {first}")
                    if rest:
                        out.append(f"      {rest}")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace("_", "\\_")


# --- generated/ check ---------------------------------------------------------


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
    are extra.  Empty when ``generated/`` is what the generator writes.
    """
    from regenerate import PACKAGE, generate  # only this check needs the generator

    committed = root / "generated"
    with tempfile.TemporaryDirectory(prefix="prefect-rest-drift-") as tmp:
        fresh = Path(tmp) / "generated"
        generate(root / "openapi.json", fresh / PACKAGE)
        mine, theirs = _files(committed), _files(fresh)
        differ = {
            rel
            for rel in mine & theirs
            if not filecmp.cmp(committed / rel, fresh / rel, shallow=False)
        }
        return sorted(differ | (mine ^ theirs))


# --- command line ---------------------------------------------------------------


def load(args: argparse.Namespace) -> tuple[Spec, Spec]:
    """Read and normalize both documents (raises FetchError)."""
    committed_path = Path(args.committed)
    committed_doc = from_file(committed_path)
    if args.url:
        other_doc, label = from_url(args.url, timeout=args.timeout), args.url
    elif args.spec:
        other_doc, label = from_file(args.spec), str(args.spec)
    else:
        other_doc, label = from_installed_server(), "the installed server"
    try:
        committed = Spec(prepare(committed_doc), committed_path.name)
    except NormalizeError as exc:
        raise FetchError(f"{committed_path} cannot be normalized: {exc}") from exc
    try:
        other = Spec(prepare(other_doc), label)
    except NormalizeError as exc:
        raise FetchError(f"{label} cannot be normalized: {exc}") from exc
    return committed, other


def main(argv: list[str] | None = None) -> int:
    """Run the check; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--url", help="API root of a running server, e.g. http://127.0.0.1:4200/api"
    )
    source.add_argument("--spec", help="an OpenAPI document in a file")
    parser.add_argument(
        "--committed", default=str(ROOT / "openapi.json"), help="the client's document"
    )
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.add_argument(
        "--facade", default=str(ROOT / "overlay" / "prefect_rest"), help="facade package"
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds, for --url")
    parser.add_argument(
        "--check-generated",
        action="store_true",
        help="only check that generated/ matches openapi.json and templates/",
    )
    args = parser.parse_args(argv)

    if args.check_generated:
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

    started = time.perf_counter()
    try:
        committed, other = load(args)
    except FetchError as exc:
        print(f"drift: {str(exc).splitlines()[0] if str(exc) else exc!r}", file=sys.stderr)
        return EXIT_UNREADABLE
    facade_dir = Path(args.facade)
    facade = scan_facade(facade_dir) if facade_dir.is_dir() else None
    report = build_report(committed, other, facade)
    if args.format == "json":
        data = report.to_json()
        data["seconds"] = round(time.perf_counter() - started, 3)
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(report, markdown=args.format == "markdown"))
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
