"""Turn the server's OpenAPI document into the generator's input.

``openapi.json`` is kept exactly as the server serves it; every change the
generator needs is made here, as code, so that a new document goes through
the same steps.  The steps, in order:

1. operation names: FastAPI's ids (``read_flow_flows__id__get``) lose their
   path-and-method suffix (``read_flow``) and every operation gets one tag,
   so modules read ``api/flows/read_flow.py``; the request body schemas named
   after the old ids (``Body_read_flows_flows_filter_post``) become
   ``ReadFlowsBody``;
2. the ``-Input``/``-Output`` schema pairs pydantic v2 emits are merged into one
   schema ``X`` where they differ in nothing but duration fields (sent and read
   as seconds, a form the server accepts on input too); a pair that differs in
   more (live 3.4.25 on FastAPI 0.119: ``TaskRunCount-Input`` is an object,
   ``-Output`` a map), or refers to such a pair, is kept apart: the response
   side becomes ``X``, the request side ``XInput``;
3. defaults the generator cannot represent (objects on ``$ref`` unions) are
   moved to ``x-server-default``: the client leaves unset fields out of the
   request, so the server applies them as before;
4. the per-request ``x-prefect-api-version``/``x-prefect-ui`` header parameters
   are removed: the client's transport sends the version header on every call;
5. paths are made relative to the API root (older documents start with /api);
6. success codes the server really answers but the document omits are added
   (``success_codes``: the repository passes ``scripts/response_corrections.py``,
   found by running every operation against a real server; the drift check
   passes none, so both documents are compared as the servers wrote them).

Operation names that collide in an older release are told apart (2.20 has
``resume_deployment`` twice: the later becomes ``resume_deployment_set_schedule_active``).
``prepare`` is what the drift check compares.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
REF_PREFIX = "#/components/schemas/"

#: Header parameters the transport sets on every request.
TRANSPORT_HEADERS = frozenset({"x-prefect-api-version", "x-prefect-ui"})

#: Operations whose stripped FastAPI name collides with another in its tag.
#: Each entry names the loser of the collision and the name it gets instead.
OPERATION_RENAMES: dict[tuple[str, str], str] = {
    # Both `/templates/validate` and `/automations/templates/validate` are
    # `validate_template` in the Automations tag; the second is the one that
    # lives under /automations.
    ("POST", "/automations/templates/validate"): "validate_automation_template",
}

#: Marks the request side of a pair kept apart (``XInput``); the drift check matches it to ``X``.
SPLIT_MARK = "x-request-side-of"

#: Tag an untagged operation goes to.
DEFAULT_TAG = "Root"


class NormalizeError(Exception):
    """The document cannot be normalized (a collision or an unknown pattern)."""


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every ``(METHOD, path, operation)`` of ``doc``, in document order."""
    return [
        (method.upper(), path, op)
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def operation_name(method: str, path: str, operation_id: str) -> str:
    """FastAPI's ``{name}{path}_{method}`` id, reduced to ``name``."""
    if (method, path) in OPERATION_RENAMES:
        return OPERATION_RENAMES[(method, path)]
    for route in (path, "/api" + path):  # documents before 3.8 kept the /api prefix
        suffix = re.sub(r"\W", "_", route) + "_" + method.lower()
        if operation_id.endswith(suffix) and len(operation_id) > len(suffix):
            return operation_id[: -len(suffix)]
    return re.sub(r"\W", "_", operation_id)


def _strip_api_prefix(doc: dict[str, Any]) -> None:
    """Paths relative to the API root: 2.x and early 3.x documents start with /api."""
    paths = doc.get("paths", {})
    if paths and all(p.startswith("/api/") for p in paths):
        doc["paths"] = {p[len("/api") :]: item for p, item in paths.items()}


def operation_tag(path: str, tags: list[str]) -> str:
    """One tag per operation: the UI views go together, else the first tag."""
    if path.startswith("/ui/") and "UI" in tags:
        return "UI"
    return tags[0] if tags else DEFAULT_TAG


def _rename_operations(doc: dict[str, Any]) -> None:
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    bodies: dict[str, str] = {}
    for method, path, op in operations(doc):
        tag = operation_tag(path, op.get("tags") or [])
        name = operation_name(method, path, op["operationId"])
        if (tag, name) in seen:
            # older releases have such pairs (2.20: resume_deployment twice); the later
            # one gets its last path segment (resume_deployment_set_schedule_active)
            segment = [s for s in path.split("/") if s and not s.startswith("{")][-1:]
            base = re.sub(r"\W", "_", "_".join([name, *segment]))
            name, n = base, 1
            while (tag, name) in seen:
                n += 1
                name = f"{base}_{n}"
        seen[(tag, name)] = (method, path)
        bodies[f"Body_{op['operationId']}"] = "".join(w.title() for w in name.split("_")) + "Body"
        op["operationId"] = name
        op["tags"] = [tag]
    _rename_schemas(doc, bodies)


def _rename_schemas(doc: dict[str, Any], mapping: dict[str, str]) -> None:
    """Give schemas new names (FastAPI's ``Body_<operation id>`` become ``<Name>Body``)."""
    schemas = doc.get("components", {}).get("schemas", {})
    mapping = {old: new for old, new in mapping.items() if old in schemas}
    for old, new in mapping.items():
        if new in schemas:
            raise NormalizeError(f"cannot rename schema {old} to {new}: {new} exists")
    for old, new in mapping.items():
        schemas[new] = schemas.pop(old)
        schemas[new]["title"] = new
    renamed = _rewrite_refs(doc, mapping)
    doc.clear()
    doc.update(renamed)


def _rewrite_refs(node: Any, mapping: dict[str, str]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if (
            isinstance(ref, str)
            and ref.startswith(REF_PREFIX)
            and ref[len(REF_PREFIX) :] in mapping
        ):
            node = dict(node)
            node["$ref"] = REF_PREFIX + mapping[ref[len(REF_PREFIX) :]]
            return node
        return {k: _rewrite_refs(v, mapping) for k, v in node.items()}
    if isinstance(node, list):
        return [_rewrite_refs(v, mapping) for v in node]
    return node


def _is_duration_pair(a: Any, b: Any) -> bool:
    """True where ``a`` (input) is an ISO duration string and ``b`` a number."""
    if isinstance(a, dict) and isinstance(b, dict):
        if (
            a.get("format") == "duration"
            and a.get("type") == "string"
            and b.get("type") == "number"
        ):
            return True
        keys = set(a) | set(b)
        return all(
            a.get(k) == b.get(k) or k == "default" or _is_duration_pair(a.get(k), b.get(k))
            for k in keys
        )
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return all(x == y or _is_duration_pair(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def _refs(node: Any) -> set[str]:
    """Names of the schemas ``node`` refers to directly."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            found.add(ref[len(REF_PREFIX) :])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _merge_input_output(doc: dict[str, Any]) -> None:
    """Merge each ``X-Input``/``X-Output`` pair into ``X``, or keep it apart.

    A pair is kept apart when its sides differ in more than duration fields, or
    refer to a pair kept apart (pydantic splits every model that holds a split
    one, so a pair's references reach the others): then ``X-Output`` becomes
    ``X`` (what responses carry) and ``X-Input`` becomes ``XInput`` (what
    requests carry, marked ``x-request-side-of: X``), so each side of the API
    keeps the shape the server documents.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    bases = sorted(
        name[: -len("-Input")]
        for name in schemas
        if name.endswith("-Input") and name[: -len("-Input")] + "-Output" in schemas
    )
    if not bases:
        return
    same = {f"{b}-{side}": b for b in bases for side in ("Input", "Output")}
    apart = set()
    for base in bases:
        if base in schemas:
            raise NormalizeError(f"cannot merge {base}-Input/-Output: {base} exists")
        inp = _rewrite_refs(schemas[f"{base}-Input"], same)
        out = _rewrite_refs(schemas[f"{base}-Output"], same)
        if inp != out and not _is_duration_pair(inp, out):
            apart.add(base)
    # a pair that refers to a pair kept apart differs too, through that reference
    refs = {name: _refs(schema) for name, schema in schemas.items() if isinstance(schema, dict)}
    changed = True
    while changed:
        changed = False
        for base in bases:
            if base in apart:
                continue
            reached = refs[f"{base}-Input"] | refs[f"{base}-Output"]
            if any(f"{other}-Input" in reached or f"{other}-Output" in reached for other in apart):
                apart.add(base)
                changed = True
    mapping = dict(same)
    for base in apart:
        mapping[f"{base}-Input"] = f"{base}Input"
        if f"{base}Input" in schemas:
            raise NormalizeError(f"cannot keep {base}-Input apart: {base}Input exists")
    renamed = {}
    for base in bases:
        renamed[base] = schemas.pop(f"{base}-Output")
        if base in apart:
            request_side = schemas.pop(f"{base}-Input")
            renamed[f"{base}Input"] = {**request_side, "title": f"{base}Input", SPLIT_MARK: base}
        else:
            del schemas[f"{base}-Input"]
    schemas.update(renamed)
    new = _rewrite_refs(doc, mapping)
    doc.clear()
    doc.update(new)


def _tuple_items(node: Any) -> None:
    """Pydantic v1 (Prefect 2.x) writes tuples as ``items: [A, B]``, which OpenAPI 3.0
    does not allow: read them as ``prefixItems`` (OpenAPI 3.1), as pydantic v2 writes."""
    if isinstance(node, dict):
        items = node.get("items")
        if isinstance(items, list):
            node["prefixItems"] = node.pop("items")
        for value in node.values():
            _tuple_items(value)
    elif isinstance(node, list):
        for value in node:
            _tuple_items(value)


def _move_object_defaults(node: Any) -> None:
    if isinstance(node, dict):
        default = node.get("default")
        if (
            isinstance(default, dict | list)
            and default
            and ({"$ref", "anyOf", "allOf"} & node.keys())
        ):
            node["x-server-default"] = node.pop("default")
        for value in node.values():
            _move_object_defaults(value)
    elif isinstance(node, list):
        for value in node:
            _move_object_defaults(value)


def _drop_transport_headers(doc: dict[str, Any]) -> None:
    for _method, _path, op in operations(doc):
        params = [
            p
            for p in op.get("parameters", [])
            if not (p.get("in") == "header" and p.get("name", "").lower() in TRANSPORT_HEADERS)
        ]
        if params:
            op["parameters"] = params
        else:
            op.pop("parameters", None)


def _add_success_codes(
    doc: dict[str, Any], success_codes: Mapping[tuple[str, str], Mapping[str, str]]
) -> None:
    for (method, path), extra in success_codes.items():
        op = doc.get("paths", {}).get(path, {}).get(method.lower())
        if op is None:
            continue  # the operation is gone in this document; drift reports that
        responses = op.setdefault("responses", {})
        for code, like in extra.items():
            if code not in responses and like in responses:
                responses[code] = copy.deepcopy(responses[like])
        op["responses"] = dict(sorted(responses.items()))


def normalize(
    doc: dict[str, Any],
    success_codes: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """Return the generator's input for ``doc`` (``doc`` is not changed).

    ``success_codes``: ``{(METHOD, path): {code: like_code}}``, success codes the
    server answers that the document omits (added as copies of ``like_code``).
    """
    doc = copy.deepcopy(doc)
    _strip_api_prefix(doc)
    _rename_operations(doc)
    _merge_input_output(doc)
    _tuple_items(doc.get("components", {}))
    _move_object_defaults(doc.get("components", {}))
    _drop_transport_headers(doc)
    _add_success_codes(doc, success_codes or {})
    return doc


def prepare(doc: dict[str, Any]) -> dict[str, Any]:
    """What the drift check compares: ``normalize`` without the repository's corrections."""
    return normalize(doc)
