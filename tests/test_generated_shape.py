"""The shape of the generated package, checked against ``openapi.json``.

* every operation of the document has an endpoint module (found through the
  tag and operation id that ``scripts/normalize.py`` gives it) whose
  ``METHOD``/``PATH`` match and whose ``sync`` is annotated with the success
  type of the document's 2xx response;
* importing the package and an endpoint imports no model module;
* generated models import nothing inside functions, and ``models`` is lazy;
* mypy finds no error in the generated package (it ships ``py.typed``).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from generator_shapes import SAME_AS_RESPONSE, TEXT_ANSWERS
from normalize import REF_PREFIX, normalize, operations

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "prefect_rest_api"
DOCUMENT = json.loads((ROOT / "openapi.json").read_text())
NORMALIZED = normalize(DOCUMENT)
OPERATIONS = operations(NORMALIZED)
ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _snake(text: str) -> str:
    """The generator's module name for a tag (``SavedSearches`` -> ``saved_searches``)."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"\W+", "_", text).strip("_").lower()


def _module_name(op: dict[str, Any]) -> str:
    return f"prefect_rest_api.api.{_snake(op['tags'][0])}.{_snake(op['operationId'])}"


def _success_schemas(op: dict[str, Any]) -> list[Any]:
    """The JSON schema of each 2xx response (``None`` for one without content)."""
    schemas = []
    for code, response in op["responses"].items():
        if code.startswith("2"):
            content = response.get("content") or {}
            media = content.get("application/json")
            schemas.append(None if media is None else media.get("schema"))
    return schemas


def _expected_type(schema: dict[str, Any]) -> str | None:
    """The annotation the document implies, or None where it names an inline model."""
    if "$ref" in schema:
        name = schema["$ref"][len(REF_PREFIX) :]
        return SAME_AS_RESPONSE.get(name, name)  # see scripts/generator_shapes.py
    if "anyOf" in schema:
        parts = [_expected_type(s) for s in schema["anyOf"]]
        return None if None in parts else " | ".join(p for p in parts if p)
    kind = schema.get("type")
    if kind == "array":
        inner = _expected_type(schema.get("items", {}))
        return None if inner is None else f"list[{inner}]"
    simple = {"integer": "int", "string": "str", "boolean": "bool", "number": "float"}
    if kind in simple:
        return simple[kind]
    if kind == "null":
        return "None"
    if kind == "object" or "additionalProperties" in schema:
        # an inline map is a dict (scripts/generator_shapes.py), keyed by UUID when documented
        values = schema.get("additionalProperties", True)
        if schema.get("properties"):
            return None  # an inline object: the generator names a model after its title
        keys = "UUID" if schema.get("propertyNames", {}).get("format") == "uuid" else "str"
        inner = "Any" if values in (True, {}) else _expected_type(values)
        return None if inner is None else f"dict[{keys}, {inner}]"
    if not schema:
        return "Any"
    raise AssertionError(f"no expected annotation for {schema}")


def _refs(node: Any) -> set[str]:
    text = json.dumps(node)
    return set(re.findall(re.escape(REF_PREFIX) + r'([^"]+)"', text))


def _ids(item: tuple[str, str, dict[str, Any]]) -> str:
    return f"{item[0]} {item[1]}"


def test_operation_count() -> None:
    assert len(OPERATIONS) == 187
    assert len(operations(DOCUMENT)) == 187
    assert len({_module_name(op) for _, _, op in OPERATIONS}) == 187


@pytest.mark.parametrize("item", OPERATIONS, ids=[_ids(i) for i in OPERATIONS])
def test_endpoint_module(item: tuple[str, str, dict[str, Any]]) -> None:
    method, path, op = item
    module = importlib.import_module(_module_name(op))
    for name in ENDPOINT_FUNCTIONS:
        assert callable(getattr(module, name)), name
    assert inspect.iscoroutinefunction(module.asyncio)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert method == module.METHOD
    assert path == module.PATH
    documented = sorted(int(c) for c in op["responses"] if c.startswith("2"))
    assert sorted(module.SUCCESS_CODES) == documented

    annotation = inspect.signature(module.sync).return_annotation
    assert isinstance(annotation, str) and annotation  # `from __future__ import annotations`
    if (method, path) in TEXT_ANSWERS:  # answers text, not the documented JSON
        assert annotation == "str"
        return
    schemas = _success_schemas(op)
    assert schemas, "no 2xx response"
    content = [s for s in schemas if s is not None]
    if not content:
        # No body: the generator gives `Any` (the decoder returns None); it must
        # name no model. See test_no_content_annotation_is_none for the ideal.
        assert annotation in ("None", "Any")
        return
    # Every 2xx of an operation shares one schema (corrections copy the documented one).
    assert all(s == content[0] for s in content)
    expected = _expected_type(content[0])
    if expected is not None:
        assert annotation == expected
        for ref in _refs(content[0]):
            ref = SAME_AS_RESPONSE.get(ref, ref)
            assert re.search(rf"\b{re.escape(ref)}\b", annotation), (ref, annotation)
    else:  # an inline object: a model named after the operation and the schema title
        models = importlib.import_module("prefect_rest_api.models")
        assert annotation in models.__all__, annotation
        operation = "".join(w.title() for w in op["operationId"].split("_"))
        assert annotation.startswith(operation), annotation


_NO_CONTENT = [item for item in OPERATIONS if all(s is None for s in _success_schemas(item[2]))]


def test_no_content_annotation_is_none() -> None:
    wrong = []
    for _method, _path, op in _NO_CONTENT:
        module = importlib.import_module(_module_name(op))
        if inspect.signature(module.sync).return_annotation != "None":
            wrong.append(_module_name(op))
    assert not wrong, f"{len(wrong)} of {len(_NO_CONTENT)}: {wrong[:5]}"


def test_no_content_operations_return_none() -> None:
    """At run time a 204 without a body decodes to None, whatever the annotation."""
    import httpx

    assert len(_NO_CONTENT) > 30
    request = httpx.Request("DELETE", "http://x/")
    for _method, _path, op in _NO_CONTENT:
        module = importlib.import_module(_module_name(op))
        assert module.decode_success(httpx.Response(204, request=request)) is None


def _fresh(code: str) -> Any:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_package_and_endpoint_import_no_model() -> None:
    loaded = _fresh(
        """
        import json, sys
        import prefect_rest_api
        import prefect_rest_api.api.flows.read_flow
        import prefect_rest_api.api.flow_runs.read_flow_runs
        from prefect_rest_api.api.deployments import create_deployment
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("prefect_rest_api."))))
        """
    )
    assert "prefect_rest_api.api.flows.read_flow" in loaded
    assert "prefect_rest_api.api.deployments.create_deployment" in loaded
    models = [m for m in loaded if m.startswith("prefect_rest_api.models.")]
    assert len(models) == 0, models


def test_models_package_is_lazy() -> None:
    loaded = _fresh(
        """
        import json, sys
        import prefect_rest_api.models as models
        before = sorted(m for m in sys.modules if m.startswith("prefect_rest_api.models."))
        flow = models.Flow
        after = sorted(m for m in sys.modules if m.startswith("prefect_rest_api.models."))
        print(json.dumps({"before": before, "after": after, "n": len(models.__all__)}))
        """
    )
    assert loaded["before"] == []
    assert "prefect_rest_api.models.flow" in loaded["after"]
    # Reading one model loads it alone: field decoders resolve other models lazily.
    assert loaded["after"] == ["prefect_rest_api.models.flow"]
    assert loaded["n"] > 400


def test_models_have_no_function_level_imports() -> None:
    files = sorted((PACKAGE / "models").glob("*.py"))
    assert len(files) > 400
    offenders = []
    for file in files:
        tree = ast.parse(file.read_text(), filename=str(file))
        for func in ast.walk(tree):
            if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                for node in ast.walk(func):
                    if isinstance(node, ast.Import | ast.ImportFrom):
                        offenders.append(f"{file.name}:{node.lineno} in {func.name}")
    assert offenders == []


def test_models_all_matches_files() -> None:
    models = importlib.import_module("prefect_rest_api.models")
    modules = {f.stem for f in (PACKAGE / "models").glob("*.py")} - {"__init__"}
    assert len(models.__all__) == len(modules)


def test_mypy_finds_no_error_in_the_generated_package(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "-p",
            "prefect_rest_api",
            "--ignore-missing-imports",
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated")},
        cwd=tmp_path,
        timeout=600,
    )
    assert (PACKAGE / "py.typed").is_file()
    assert proc.returncode == 0, proc.stdout[-4000:]
    assert "Success: no issues found" in proc.stdout
