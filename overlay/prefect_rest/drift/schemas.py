"""A normalized document and the schema helpers the comparison needs.

Operations are matched by method and path with the path parameter names
blanked (``/flows/{id}`` and ``/flows/{flow_id}`` are one operation); each
schema is read as a union of *alternatives* (``X | null`` is two), so
``anyOf [X, {"type": "null"}]``, ``type: [X, "null"]`` and ``nullable: true``
read alike.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .normalize import REF_PREFIX, SPLIT_MARK, operations

BREAKING, COMPATIBLE, NOTE = "breaking", "compatible", "note"
REQUEST, RESPONSE = "request", "response"


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

    def __init__(self, doc: dict[str, Any], label: str, release: str | None = None) -> None:
        self.doc = doc
        self.label = label
        #: the document's own ``info.version`` (for a stored document, not a Prefect release)
        self.version = str(doc.get("info", {}).get("version", "?"))
        #: the Prefect release the server runs, when known (``/admin/version``, installed)
        self.release = release
        self.schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
        self.v1 = not _mentions_null(doc.get("components", {})) and not _mentions_null(
            doc.get("paths", {})
        )
        self.ops: dict[str, tuple[str, str, dict[str, Any]]] = {
            op_key(m, p): (m, p, op) for m, p, op in operations(doc)
        }
        #: the request side of a pair kept apart (``XInput``) matches ``X`` of another document
        self.aliases = {
            n: str(s[SPLIT_MARK])
            for n, s in self.schemas.items()
            if isinstance(s, dict) and SPLIT_MARK in s
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
        self._alts(schema, out, 0, set())
        unique: dict[str, Alt] = {}
        for alt in out:
            unique.setdefault(alt.sig, alt)
        return list(unique.values())

    def _alts(self, schema: Any, out: list[Alt], depth: int, expanded: set[str]) -> None:
        """Append the members of ``schema``; a named union is expanded once per call.

        A union that names itself (``S = anyOf [S, S, S]``) or repeats a named
        union adds nothing new the second time, so the walk is linear in the
        document, never exponential.
        """
        schema, name = self.resolve(schema)
        if depth > 20:
            out.append(Alt("any", schema, name))
            return
        members = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(members, list):
            if name is not None:
                if name in expanded:
                    return
                expanded.add(name)
            for member in members:
                self._alts(member, out, depth + 1, expanded)
            if schema.get("nullable"):
                out.append(Alt("null", {}))
            return
        kind = schema.get("type")
        if isinstance(kind, list):
            for k in kind:
                self._alts({**schema, "type": k}, out, depth + 1, expanded)
            return
        if schema.get("nullable"):
            out.append(Alt("null", {}))
        out.append(Alt(self._sig(schema, self.aliases.get(name or "", name)), schema, name))

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
