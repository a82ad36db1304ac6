"""Each drift rule on a minimal edit of the committed document, or on a real document.

Every rule of docs/drift.md's table has a test here or in tests/test_drift.py
(which runs the stored 2.20.25 and 3.4.25 documents).  The check runs through
``prefect-rest drift`` (``prefect_rest.drift.cli.main``), as users run it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from prefect_rest.drift import cli
from prefect_rest.drift.normalize import prepare

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
COMMITTED = ROOT / "openapi.json"
LIVE_3_4 = DATA / "openapi-3.4.25-live-fastapi-0.119.json"
STORED_3_4 = DATA / "openapi-3.4.25.json"
V2_20 = DATA / "openapi-2.20.25.json"

_BASE = json.loads(COMMITTED.read_text())


def drift(
    capsys: pytest.CaptureFixture[str], spec: Path, *extra: str, committed: Path = COMMITTED
) -> tuple[int, dict[str, Any]]:
    code = cli.main(
        ["drift", "--committed", str(committed), "--spec", str(spec), "--format", "json", *extra]
    )
    out, err = capsys.readouterr()
    assert out, err
    return code, json.loads(out)


def edited(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """The committed document with ``edit`` applied, in a file."""
    doc = copy.deepcopy(_BASE)
    edit(doc)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(doc))
    return path


def kinds(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for change in report["changes"]:
        out.setdefault(change["kind"], []).append(change)
    return out


# --- operations -------------------------------------------------------------------


def test_operation_added_is_compatible(capsys, tmp_path):
    def edit(doc):
        doc["paths"]["/flows/{id}/archive"] = {
            "post": copy.deepcopy(doc["paths"]["/flows/{id}"]["delete"])
        }
        doc["paths"]["/flows/{id}/archive"]["post"]["operationId"] = (
            "archive_flow_flows__id__archive_post"
        )

    code, report = drift(capsys, edited(tmp_path, edit))
    assert code == 1
    (added,) = kinds(report)["operation_added"]
    assert added["severity"] == "compatible"
    assert added["operations"][0]["operation"] == "POST /flows/{id}/archive"  # as documented


def test_operation_removed_is_breaking_and_names_the_documented_path(capsys, tmp_path):
    code, report = drift(
        capsys, edited(tmp_path, lambda d: d["paths"]["/flows/{id}"].pop("delete"))
    )
    assert code == 2
    (removed,) = kinds(report)["operation_removed"]
    assert removed["operations"][0]["operation"] == "DELETE /flows/{id}"  # not /flows/{}
    assert removed["facade"] == ["PrefectClient.delete_flow", "SyncPrefectClient.delete_flow"]


# --- new rules ----------------------------------------------------------------------


def test_response_content_type_changed_is_breaking(capsys, tmp_path):
    def edit(doc):
        ok = doc["paths"]["/flows/{id}"]["get"]["responses"]["200"]
        ok["content"] = {"text/plain": {"schema": {"type": "string"}}}

    code, report = drift(capsys, edited(tmp_path, edit))
    assert code == 2
    (change,) = kinds(report)["response_content_type_changed"]
    assert (change["severity"], change["detail"]) == ("breaking", "application/json -> text/plain")
    assert [op["operation"] for op in change["operations"]] == ["GET /flows/{id}"]
    assert any(name.endswith(".read_flow") for name in change["facade"])


def test_global_bearer_scheme_added_is_breaking_on_every_operation(capsys, tmp_path):
    def edit(doc):
        doc["components"]["securitySchemes"] = {"HTTPBearer": {"type": "http", "scheme": "bearer"}}
        doc["security"] = [{"HTTPBearer": []}]

    code, report = drift(capsys, edited(tmp_path, edit))
    assert code == 2
    (change,) = kinds(report)["security_added"]
    assert change["severity"] == "breaking"
    assert change["detail"] == "none -> HTTPBearer (http bearer)"
    assert len(change["operations"]) == 187
    text_code = cli.main(["drift", "--spec", str(tmp_path / "edited.json")])
    assert text_code == 2
    assert "security requirement added: none -> HTTPBearer (http bearer)" in capsys.readouterr()[0]


def test_security_changed_is_breaking_and_removed_is_compatible(capsys, tmp_path):
    def bearer(doc):
        doc["components"]["securitySchemes"] = {"Key": {"type": "http", "scheme": "bearer"}}
        doc["security"] = [{"Key": []}]

    with_bearer = edited(tmp_path, bearer)
    other = tmp_path / "basic.json"
    doc = json.loads(with_bearer.read_text())
    doc["components"]["securitySchemes"]["Key"]["scheme"] = "basic"
    doc["paths"]["/health"]["get"]["security"] = []  # one public operation
    other.write_text(json.dumps(doc))
    code, report = drift(capsys, other, committed=with_bearer)
    assert code == 2
    (changed,) = kinds(report)["security_changed"]
    assert changed["detail"] == "Key (http bearer) -> Key (http basic)"
    (removed,) = kinds(report)["security_removed"]
    assert removed["severity"] == "compatible"
    assert [op["operation"] for op in removed["operations"]] == ["GET /health"]


def test_operation_deprecated_is_a_note(capsys, tmp_path):
    code, report = drift(
        capsys, edited(tmp_path, lambda d: d["paths"]["/flows/{id}"]["get"].update(deprecated=True))
    )
    assert code == 1
    (change,) = kinds(report)["operation_deprecated"]
    assert change["severity"] == "note"
    assert report["summary"]["notes"] == 1


def test_request_default_changed_is_a_note(capsys, tmp_path):
    def edit(doc):
        field = doc["components"]["schemas"]["DeploymentCreate"]["properties"]
        field["enforce_parameter_schema"]["default"] = False

    code, report = drift(capsys, edited(tmp_path, edit))
    assert code == 1
    (change,) = kinds(report)["default_changed"]
    assert (change["schema"], change["field"]) == ("DeploymentCreate", "enforce_parameter_schema")
    assert (change["severity"], change["detail"]) == ("note", "true -> false")


def test_success_codes_changed_is_a_note(capsys, tmp_path):
    def edit(doc):
        responses = doc["paths"]["/flows/"]["post"]["responses"]
        responses["201"] = copy.deepcopy(responses["200"])

    code, report = drift(capsys, edited(tmp_path, edit))
    assert code == 1
    (change,) = kinds(report)["success_codes_changed"]
    assert (change["severity"], change["detail"]) == ("note", "200 -> 200, 201")


# --- real documents -------------------------------------------------------------------


def test_live_3_4_25_on_fastapi_0_119_is_read(capsys):
    """Ten -Input/-Output pairs, one of them (TaskRunCount) of different shapes: exit 2, not 3."""
    code, report = drift(capsys, LIVE_3_4)
    assert code == 2
    removed = {
        op["operation"] for c in kinds(report)["operation_removed"] for op in c["operations"]
    }
    assert {"GET /admin/storage", "PUT /admin/storage", "DELETE /admin/storage"} <= removed


def test_input_output_pairs_kept_apart_by_side():
    """The request side keeps -Input's shape, the response side -Output's."""
    doc = prepare(json.loads(LIVE_3_4.read_text()))
    schemas = doc["components"]["schemas"]
    assert schemas["TaskRunCountInput"]["properties"].keys() == {"completed", "failed"}
    assert schemas["TaskRunCount"]["additionalProperties"] == {"type": "integer"}
    assert schemas["TaskRunCountInput"]["x-request-side-of"] == "TaskRunCount"
    assert not [n for n in schemas if n.endswith(("-Input", "-Output"))]
    # pairs that differ only in durations are still merged (FlowRunInput is another model)
    assert [n for n, s in schemas.items() if "x-request-side-of" in s] == ["TaskRunCountInput"]
    assert "estimated_run_time" in schemas["FlowRun"]["properties"]


def test_input_output_pair_reached_through_another_pair_is_kept_apart():
    doc = copy.deepcopy(_BASE)
    schemas = doc["components"]["schemas"]
    schemas["Inner-Input"] = {"type": "object", "properties": {"a": {"type": "integer"}}}
    schemas["Inner-Output"] = {"type": "object", "additionalProperties": {"type": "integer"}}
    for side in ("Input", "Output"):
        schemas[f"Outer-{side}"] = {
            "type": "object",
            "properties": {"inner": {"$ref": f"#/components/schemas/Inner-{side}"}},
        }
    out = prepare(doc)["components"]["schemas"]
    assert out["OuterInput"]["properties"]["inner"] == {"$ref": "#/components/schemas/InnerInput"}
    assert out["Outer"]["properties"]["inner"] == {"$ref": "#/components/schemas/Inner"}


@pytest.mark.parametrize(
    ("committed", "other"),
    [(COMMITTED, LIVE_3_4), (LIVE_3_4, STORED_3_4), (STORED_3_4, LIVE_3_4), (V2_20, LIVE_3_4)],
    ids=["3.8.8-vs-live-3.4.25", "live-vs-stored-3.4.25", "stored-vs-live-3.4.25", "2.20-vs-live"],
)
def test_any_pair_of_real_documents_compares(capsys, committed, other):
    code, report = drift(capsys, other, committed=committed)
    assert code in (1, 2)
    assert report["changes"]


# --- accepting reviewed changes ----------------------------------------------------------


def test_accept_turns_listed_changes_into_notes(capsys, tmp_path):
    code, report = drift(capsys, STORED_3_4)
    assert code == 2
    breaking = [c for c in report["changes"] if c["severity"] == "breaking"]
    accept = tmp_path / "drift-accept.txt"
    lines = ["# reviewed 2026-11-30: our 3.4 servers", ""]
    lines += [f"{c['id']}  # {c['kind']} {c['schema']}.{c['field']}" for c in breaking]
    accept.write_text("\n".join(lines) + "\n")
    code, accepted = drift(capsys, STORED_3_4, "--accept", str(accept))
    assert code == 1  # CI stays green after review
    assert accepted["summary"]["breaking"] == 0
    assert accepted["summary"]["accepted"] == len(breaking)
    by_id = {c["id"]: c for c in accepted["changes"]}
    for change in breaking:
        assert by_id[change["id"]]["severity"] == "note"
        assert by_id[change["id"]]["accepted_from"] == "breaking"
    # a new breaking change is not silenced by the old list
    doc = json.loads(STORED_3_4.read_text())
    del doc["paths"]["/api/flows/{id}"]["get"]
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(doc))
    code, report = drift(capsys, newer, "--accept", str(accept))
    assert code == 2
    (new,) = [c for c in report["changes"] if c["severity"] == "breaking"]
    assert new["operations"][0]["operation"] == "GET /flows/{id}"


def test_ids_are_stable_and_in_every_format(capsys):
    _, first = drift(capsys, STORED_3_4)
    _, second = drift(capsys, STORED_3_4)
    ids = [c["id"] for c in first["changes"]]
    assert ids == [c["id"] for c in second["changes"]] and len(set(ids)) == len(ids)
    breaking = [c["id"] for c in first["changes"] if c["severity"] == "breaking"]
    for fmt in ("text", "markdown"):
        cli.main(["drift", "--spec", str(STORED_3_4), "--format", fmt])
        out = capsys.readouterr()[0]
        assert all(i in out for i in breaking), fmt


def test_stale_accepted_ids_are_listed(capsys, tmp_path):
    accept = tmp_path / "accept.txt"
    accept.write_text("0123456789  # a change that went away\n")
    code, report = drift(capsys, COMMITTED, "--accept", str(accept))
    assert code == 0
    assert report["stale_accepts"] == ["0123456789"]


@pytest.mark.parametrize("content", ["not-an-id\n", None], ids=["bad-line", "missing"])
def test_unreadable_accept_file_exits_3(capsys, tmp_path, content):
    accept = tmp_path / "accept.txt"
    if content is not None:
        accept.write_text(content)
    code = cli.main(["drift", "--spec", str(COMMITTED), "--accept", str(accept)])
    out, err = capsys.readouterr()
    assert code == 3 and out == ""
    assert err.startswith("drift: ") and "accept.txt" in err


@pytest.mark.parametrize(
    ("document", "operations"),
    [(LIVE_3_4, 180), (V2_20, 170)],
    ids=["live-3.4.25-fastapi-0.119", "2.20.25"],
)
def test_regenerate_reads_other_releases(tmp_path, document, operations):
    """A user's own build for another release: the generator takes the normalized document."""
    pytest.importorskip("openapi_python_client")
    import regenerate  # scripts/, on the path through conftest

    package = tmp_path / regenerate.PACKAGE
    regenerate.generate(document, package)
    modules = [p for p in (package / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == operations
    if document == LIVE_3_4:  # the pair kept apart: one model per side
        assert (package / "models" / "task_run_count.py").exists()
        assert (package / "models" / "task_run_count_input.py").exists()


# --- the rest of the table, one minimal edit each ------------------------------------------


def _const(doc):
    doc["components"]["schemas"]["CallWebhook"]["properties"]["type"]["const"] = "call-hook"


def _body_added(doc):
    doc["paths"]["/admin/version"]["get"]["requestBody"] = {
        "content": {"application/json": {"schema": {"type": "object"}}},
        "required": False,
    }


def _response_removed(doc):
    ok = doc["paths"]["/flows/{id}"]["get"]["responses"]
    ok["204"] = {"description": "No content"}
    del ok["200"]


@pytest.mark.parametrize(
    ("edit", "kind", "severity", "code"),
    [
        (_const, "const_changed", "breaking", 2),
        (_body_added, "body_added", "compatible", 1),
        (_response_removed, "response_removed", "breaking", 2),
    ],
    ids=["const_changed", "body_added", "response_removed"],
)
def test_rule_on_a_minimal_edit(capsys, tmp_path, edit, kind, severity, code):
    got, report = drift(capsys, edited(tmp_path, edit))
    assert got == code
    assert {c["severity"] for c in kinds(report)[kind]} == {severity}  # request and response


def test_field_added_as_required_on_live_3_4_25(capsys):
    _, report = drift(capsys, LIVE_3_4)
    required = {
        (c["schema"], c["field"]): c["severity"] for c in kinds(report)["field_added_required"]
    }
    assert required[("FlowRunHistoryBody", "history_interval")] == "breaking"


def test_an_unexpected_failure_never_reads_as_drift(capsys, tmp_path, monkeypatch):
    from prefect_rest.drift import compare

    def boom(self):
        raise KeyError("surprise")

    monkeypatch.setattr(compare.Comparer, "run", boom)
    code = cli.main(["drift", "--spec", str(COMMITTED)])
    out, err = capsys.readouterr()
    assert code == 3 and out == ""
    assert err == "drift: cannot compare: KeyError: 'surprise'\n"
