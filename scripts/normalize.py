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
   schema (the duration fields the pairs differ in are sent and read as
   seconds, a form the server accepts on input too);
3. defaults the generator cannot represent (objects on ``$ref`` unions) are
   moved to ``x-server-default``: the client leaves unset fields out of the
   request, so the server applies them as before;
4. the per-request ``x-prefect-api-version``/``x-prefect-ui`` header parameters
   are removed: the client's transport sends the version header on every call;
5. paths are made relative to the API root (older documents start with /api);
6. success codes the server really answers but the document omits are added
   (``response_corrections.SUCCESS_CODES``, found by running every operation
   against a real server).

    python scripts/normalize.py [openapi.json] [-o normalized.json]
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fetch_schema import dumps, from_file

try:  # the corrections list is optional while it is being surveyed
    from response_corrections import SUCCESS_CODES
except ImportError:  # pragma: no cover
    SUCCESS_CODES = {}

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
            other = seen[(tag, name)]
            raise NormalizeError(
                f"{method} {path} and {other[0]} {other[1]} are both {tag}/{name}: "
                "add one of them to OPERATION_RENAMES in scripts/normalize.py"
            )
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


def _merge_input_output(doc: dict[str, Any]) -> None:
    schemas = doc.get("components", {}).get("schemas", {})
    bases = sorted(
        name[: -len("-Input")]
        for name in schemas
        if name.endswith("-Input") and name[: -len("-Input")] + "-Output" in schemas
    )
    if not bases:
        return
    mapping = {f"{b}-{side}": b for b in bases for side in ("Input", "Output")}
    for base in bases:
        if base in schemas:
            raise NormalizeError(f"cannot merge {base}-Input/-Output: {base} exists")
        inp = _rewrite_refs(schemas[f"{base}-Input"], mapping)
        out = _rewrite_refs(schemas[f"{base}-Output"], mapping)
        if inp != out and not _is_duration_pair(inp, out):
            raise NormalizeError(
                f"{base}-Input and {base}-Output differ in more than duration fields; "
                "teach scripts/normalize.py how to merge them"
            )
    merged = {}
    for base in bases:
        merged[base] = schemas.pop(f"{base}-Output")
        del schemas[f"{base}-Input"]
    schemas.update(merged)
    new = _rewrite_refs(doc, mapping)
    doc.clear()
    doc.update(new)


def _move_object_defaults(node: Any) -> None:
    if isinstance(node, dict):
        default = node.get("default")
        if isinstance(default, dict | list) and default and ("$ref" in node or "anyOf" in node):
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


def _add_success_codes(doc: dict[str, Any]) -> None:
    for (method, path), extra in SUCCESS_CODES.items():
        op = doc.get("paths", {}).get(path, {}).get(method.lower())
        if op is None:
            continue  # the operation is gone in this document; drift reports that
        responses = op.setdefault("responses", {})
        for code, like in extra.items():
            if code not in responses and like in responses:
                responses[code] = copy.deepcopy(responses[like])
        op["responses"] = dict(sorted(responses.items()))


def normalize(doc: dict[str, Any]) -> dict[str, Any]:
    """Return the generator's input for ``doc`` (``doc`` is not changed)."""
    doc = copy.deepcopy(doc)
    _strip_api_prefix(doc)
    _rename_operations(doc)
    _merge_input_output(doc)
    _move_object_defaults(doc.get("components", {}))
    _drop_transport_headers(doc)
    _add_success_codes(doc)
    return doc


def main(argv: list[str] | None = None) -> int:
    import argparse

    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(root / "openapi.json"))
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    text = dumps(normalize(from_file(args.spec)))
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
