"""Compare two normalized documents: every change, classified by what it does to a client.

*Request* data is what the client sends and the server decodes; *response*
data is what the server sends and the client decodes.  A change is
**breaking** when the committed client would now fail, or send something the
server rejects or ignores; **compatible** when it would not; a **note** is
compatible and worth a look (an operation deprecated, a default or the
success codes changed).  The rules, each with an example, are in
docs/drift.md; each change has a ``kind`` naming its rule.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from .normalize import REF_PREFIX
from .schemas import (
    BREAKING,
    COMPATIBLE,
    NOTE,
    REQUEST,
    RESPONSE,
    Alt,
    Spec,
    _accepts,
    _type_detail,
)


@dataclass
class Change:
    """One difference, found once and attached to every operation it reaches."""

    severity: str
    kind: str
    direction: str
    schema: str
    field: str
    detail: str
    paths: set[str] = dataclass_field(default_factory=set)
    ops: set[str] = dataclass_field(default_factory=set)
    #: set by ``--accept``: the severity the rules gave before the change was accepted
    accepted_from: str | None = None
    #: for a removed optional request field or parameter: what it breaks
    #: (``FlowFilterId.not_any_``: only calls that pass it); "" for every call
    only_calls_passing: str = ""

    @property
    def id(self) -> str:
        """A stable id: the same change between two documents always has the same id.

        It hashes what the change is (rule, direction, where, detail), not the
        operations it reaches, so an accepted id never covers another change.
        """
        key = "|".join((self.kind, self.direction, self.schema, self.field, self.detail))
        return hashlib.sha1(key.encode()).hexdigest()[:10]

    @property
    def where(self) -> str:
        """``Schema.field`` (or the operation for a parameter)."""
        return _dotted(self.schema, self.field)


def _dotted(schema: str, field: str) -> str:
    """``Schema.field``, ``Schema[]``, or the schema alone."""
    if not field:
        return schema
    sep = "" if field[0] in "[{" else "."
    return f"{schema}{sep}{field}"


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
    def add(
        self,
        where: Where,
        direction: str,
        kind: str,
        severity: str,
        detail: str,
        only_calls_passing: str = "",
    ) -> None:
        key = (where.owner, where.rel, direction, kind, detail, severity)
        change = self.changes.get(key)
        if change is None:
            change = self.changes[key] = Change(
                severity, kind, direction, where.owner, where.rel, detail
            )
            change.only_calls_passing = only_calls_passing
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
        order = {BREAKING: 0, COMPATIBLE: 1, NOTE: 2}
        return sorted(
            self.changes.values(),
            key=lambda c: (order[c.severity], c.schema, c.field, c.kind, c.detail),
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
        self._compare_security(name, o_op, n_op)
        here = Where(name, name)
        if n_op.get("deprecated") and not o_op.get("deprecated"):
            self.add(here, REQUEST, "operation_deprecated", NOTE, "")
        o_codes, n_codes = _success_codes(o_op), _success_codes(n_op)
        if o_codes != n_codes:
            detail = f"{', '.join(o_codes) or 'none'} -> {', '.join(n_codes) or 'none'}"
            self.add(here, RESPONSE, "success_codes_changed", NOTE, detail)

    def _requirements(self, spec: Spec, op: dict[str, Any]) -> list[str]:
        """The security requirements of ``op``, each as ``name (type scheme)`` joined by +."""
        schemes = spec.doc.get("components", {}).get("securitySchemes", {})
        out = []
        for requirement in op.get("security", spec.doc.get("security", [])) or []:
            names = []
            for name in sorted(requirement or {}):
                scheme = schemes.get(name, {})
                kind = " ".join(
                    str(scheme[k]) for k in ("type", "scheme", "in", "name") if k in scheme
                )
                names.append(f"{name} ({kind})" if kind else name)
            out.append(" + ".join(names) or "none")
        return sorted(set(out))

    def _compare_security(self, name: str, o_op: dict[str, Any], n_op: dict[str, Any]) -> None:
        """Credentials the server asks for: a client without them is refused (401/403)."""
        old = self._requirements(self.old, o_op)
        new = self._requirements(self.new, n_op)
        if old == new:
            return
        shown = f"{' or '.join(old) or 'none'} -> {' or '.join(new) or 'none'}"
        where = Where(f"{name} security", "security")
        if not new or "none" in new:
            self.add(where, REQUEST, "security_removed", COMPATIBLE, shown)
        elif not old or "none" in old:
            self.add(where, REQUEST, "security_added", BREAKING, shown)
        else:
            self.add(where, REQUEST, "security_changed", BREAKING, shown)

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
                optional = not (o or {}).get("required")
                passing = f"the {key[0]} parameter {label}" if optional else ""
                self.add(where, REQUEST, "parameter_removed", BREAKING, "", passing)
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
                self._compare_default(o.get("schema"), n.get("schema"), where)

    def _compare_default(self, old: Any, new: Any, where: Where) -> None:
        """A request default: what the server assumes for a field the client leaves out."""
        o_default, n_default = _default(old), _default(new)
        if o_default != n_default:
            detail = f"{_shown(o_default)} -> {_shown(n_default)}"
            self.add(where, REQUEST, "default_changed", NOTE, detail)

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
    def _success_body(op: dict[str, Any]) -> tuple[str | None, Any]:
        """The media type and schema of the first success response with a body."""
        for code, response in sorted(op.get("responses", {}).items()):
            if code.startswith("2") and response.get("content"):
                return Comparer._json_schema(response["content"])
        return None, None

    @staticmethod
    def _success(op: dict[str, Any]) -> Any:
        return Comparer._success_body(op)[1]

    def _compare_response(self, name: str, o_op: dict[str, Any], n_op: dict[str, Any]) -> None:
        (o_media, o_schema), (n_media, n_schema) = (
            self._success_body(o_op),
            self._success_body(n_op),
        )
        if o_media is None:
            return  # the client decodes no body; a new one is ignored
        root = self._root(self.old, o_schema, name, "response")
        if n_media is None:
            self.add(root, RESPONSE, "response_removed", BREAKING, "the server sends no body")
            return
        if o_media != n_media:  # the client decodes JSON; text/plain or a file is not
            detail = f"{o_media} -> {n_media}"
            where = Where(f"{name} response", f"{name} response")
            self.add(where, RESPONSE, "response_content_type_changed", BREAKING, detail)
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
        elif o.sig in ("array", "dict") and o.name:
            # a named container may contain itself (S = array of S): follow it once per walk
            key = (o.name, n.name or n.sig, direction)
            if key in self._stack:
                return
            self._stack.add(key)
            try:
                self._compare_container(o, n, where, direction)
            finally:
                self._stack.discard(key)
        elif o.sig in ("array", "dict"):
            self._compare_container(o, n, where, direction)
        elif o.sig == "enum":
            self._compare_enum(o.schema, n.schema, where.enter(o.name), direction)

    def _compare_container(self, o: Alt, n: Alt, where: Where, direction: str) -> None:
        """The members of an array (or tuple) or the values of a map."""
        if o.sig == "array":
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
                    # an optional field is sent only when the caller sets it
                    passing = "" if prop in o_req else _dotted(here.owner, here.rel)
                    self.add(here, direction, "field_removed", BREAKING, "", passing)
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
            if direction == REQUEST:
                self._compare_default(o_props[prop], n_props[prop], here)

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


_MISSING = object()


def _default(schema: Any) -> Any:
    """The default a schema documents (normalization moves object defaults aside)."""
    if not isinstance(schema, dict):
        return _MISSING
    return schema.get("default", schema.get("x-server-default", _MISSING))


def _shown(value: Any) -> str:
    return "no default" if value is _MISSING else json.dumps(value, sort_keys=True)


def _success_codes(op: dict[str, Any]) -> list[str]:
    return sorted(code for code in op.get("responses", {}) if code.startswith("2"))


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
