"""The drift check (scripts/drift.py over prefect_rest.drift) on real documents: Prefect 2.20.25, 3.4.25 and the committed 3.8.8."""

from __future__ import annotations

import json
import shutil
import socket
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
V2_20 = DATA / "openapi-2.20.25.json"
V3_4 = DATA / "openapi-3.4.25.json"
COMMITTED = ROOT / "openapi.json"

sys.path.insert(0, str(ROOT / "scripts"))

import drift  # noqa: E402
from prefect_rest.drift.facade import scan_facade, snake_case  # noqa: E402
from prefect_rest.drift.normalize import operations, prepare  # noqa: E402
from prefect_rest.drift.render import render_text  # noqa: E402
from prefect_rest.drift.report import build_report  # noqa: E402
from prefect_rest.drift.schemas import Spec  # noqa: E402


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``drift.py argv``."""
    code = drift.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(capsys, *argv, "--format", "json")
    return code, json.loads(out)


def find(report: dict[str, Any], **match: str) -> list[dict[str, Any]]:
    """Changes whose fields equal ``match``."""
    return [c for c in report["changes"] if all(c.get(k) == v for k, v in match.items())]


def ops_of(report: dict[str, Any], kind: str) -> set[str]:
    return {op["operation"] for c in find(report, kind=kind) for op in c["operations"]}


# --- whole documents ----------------------------------------------------------


def test_unchanged_document_is_no_drift(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--spec", str(COMMITTED))
    assert code == 0
    assert "no drift" in out


def test_live_metadata_is_not_drift(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # what a live server adds (servers, x-logo, its placeholder version) is metadata
    doc = json.loads(COMMITTED.read_text())
    doc["servers"] = [{"url": "/api"}]
    doc["info"] = {**doc["info"], "version": "0.1.0", "x-logo": {"url": "logo.png"}}
    spec = tmp_path / "live.json"
    spec.write_text(json.dumps(doc))
    assert run(capsys, "--spec", str(spec))[0] == 0


def test_edits_of_the_committed_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Enum values, parameters and path-parameter names, on edits of the real document.

    (None of these differ between the releases stored in tests/data.)
    """
    doc = json.loads(COMMITTED.read_text())
    doc["components"]["schemas"]["StateType"]["enum"].remove("CANCELLING")
    doc["components"]["schemas"]["StateType"]["enum"].append("ARCHIVED")
    del doc["paths"]["/block_documents/{id}"]["get"]["parameters"][1]  # include_secrets
    graph = doc["paths"]["/flow_runs/{id}/graph-v2"]["get"]
    graph["parameters"][1]["required"] = True  # since
    # a renamed path parameter is the same operation
    item = doc["paths"].pop("/flows/{id}")
    for op in item.values():
        for param in op.get("parameters", []):
            if param["name"] == "id":
                param["name"] = "flow_id"
    doc["paths"]["/flows/{flow_id}"] = item
    spec = tmp_path / "edited.json"
    spec.write_text(json.dumps(doc))
    code, report = run_json(capsys, "--spec", str(spec))
    assert code == 2
    kinds = {(c["schema"], c["kind"], c["direction"], c["severity"]) for c in report["changes"]}
    assert ("StateType", "enum_removed", "request", "breaking") in kinds  # the client sends it
    assert ("StateType", "enum_removed", "response", "compatible") in kinds
    assert ("StateType", "enum_added", "response", "compatible") in kinds  # kept as unknown
    assert ("read_block_document_by_id", "parameter_removed", "request", "breaking") in kinds
    (since,) = find(report, schema="read_flow_run_graph_v2", field="query since")
    assert (since["detail"], since["severity"]) == ("now required", "breaking")
    assert not ops_of(report, "operation_removed") and not ops_of(report, "operation_added")
    (state,) = find(report, schema="StateType", kind="enum_removed", direction="request")
    assert state["detail"] == '"CANCELLING"'
    # one change, on every path and operation that reaches the enum
    assert {"ReadFlowRunsBody.flow_runs.state.type.any_[]", "FlowRunCreate.state.type"} <= set(
        state["paths"]
    )
    assert {"read_flow_runs", "create_flow_run", "set_task_run_state"} <= {
        op["name"] for op in state["operations"]
    }


def test_server_2_20_against_client_3_8_8(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(capsys, "--spec", str(V2_20))
    assert code == 2
    assert report["summary"]["breaking"] > 0
    removed = ops_of(report, "operation_removed")
    added = ops_of(report, "operation_added")
    # the client's operations a 2.20 server lacks: breaking
    assert {"POST /flows/bulk_delete", "POST /flow_runs/paginate", "GET /admin/storage"} <= removed
    assert all(c["severity"] == "breaking" for c in find(report, kind="operation_removed"))
    assert len(removed) == 27  # FINDINGS: 3.8.8 has 27 operations 2.20.25 lacks
    # the server's extra operations (notification policies, 2.x schedule toggles): compatible
    assert {
        "POST /flow_run_notification_policies/",
        "DELETE /flow_run_notification_policies/{id}",
        "POST /deployments/{id}/set_schedule_active",
        "POST /admin/database/clear",
    } <= added
    assert all(c["severity"] == "compatible" for c in find(report, kind="operation_added"))
    # request fields the client sends that 2.20 does not know: breaking
    (labels,) = find(report, schema="FlowCreate", field="labels", direction="request")
    assert (labels["kind"], labels["severity"]) == ("field_removed", "breaking")
    # a 2.20 response may omit fields the 3.8.8 client requires
    (flow_id,) = find(report, schema="Flow", field="id", direction="response")
    assert (flow_id["kind"], flow_id["severity"]) == ("required_changed", "breaking")
    # response fields the client has as optional and 2.20 lacks: compatible
    (flow_labels,) = find(report, schema="Flow", field="labels", direction="response")
    assert flow_labels["severity"] == "compatible"


def test_client_2_20_against_server_3_8_8(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(
        capsys, "--committed", str(V2_20), "--spec", str(COMMITTED), "--facade", "/nonexistent"
    )
    assert code == 2
    removed = ops_of(report, "operation_removed")
    added = ops_of(report, "operation_added")
    assert {
        "POST /flow_run_notification_policies/",
        "POST /flow_run_notification_policies/filter",
        "GET /flow_run_notification_policies/{id}",
        "PATCH /flow_run_notification_policies/{id}",
        "DELETE /flow_run_notification_policies/{id}",
        "POST /deployments/{id}/set_schedule_inactive",
    } <= removed
    assert {"POST /flows/bulk_delete", "POST /flow_runs/paginate"} <= added
    assert len(added) == 27
    # named by the committed (2.20) document, /api prefix gone
    (policy,) = [
        c
        for c in find(report, kind="operation_removed")
        if c["operations"][0]["operation"] == "POST /flow_run_notification_policies/"
    ]
    assert policy["operations"][0]["name"] == "create_flow_run_notification_policy"
    assert policy["operations"][0]["tag"] == "Flow Run Notification Policies"
    # 3.8.8 now requires what 2.20 had optional in a request
    (within,) = find(report, schema="CompoundTrigger", field="within", direction="request")
    assert (within["detail"], within["severity"]) == ("now required", "breaking")


def test_server_3_4_25_against_client_3_8_8(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(capsys, "--spec", str(V3_4))
    assert code == 2
    removed = ops_of(report, "operation_removed")
    assert {"POST /flows/bulk_delete", "POST /flow_runs/bulk_set_state"} <= removed
    assert {"POST /admin/database/clear"} <= ops_of(report, "operation_added")
    # a filter field 3.8.8 added, deep in every filter body: breaking, on every operation
    (not_any,) = find(report, schema="FlowFilterId", field="not_any_")
    assert (not_any["kind"], not_any["severity"]) == ("field_removed", "breaking")
    assert "ReadFlowsBody.flows.id.not_any_" in not_any["paths"]
    assert {"read_flows", "read_flow_runs", "count_deployments"} <= {
        op["name"] for op in not_any["operations"]
    }
    assert not_any["resource"] == "Shared models"
    # sent by the client, unknown to 3.4 (which forbids extra fields): breaking; read by
    # the client as optional and not sent by 3.4: compatible
    grace = find(report, schema="ConcurrencyOptions", field="grace_period_seconds")
    assert {(c["direction"], c["severity"]) for c in grace} == {
        ("request", "breaking"),
        ("response", "compatible"),
    }
    # optional response fields 3.4 does not send: compatible (they read as unset)
    end_time = find(report, schema="TaskRunResponse", field="end_time", direction="response")
    assert [c["severity"] for c in end_time] == ["compatible"]
    # 3.4's count_automations takes no body; 3.8.8's client may send one
    (body,) = find(report, kind="body_removed")
    assert body["operations"][0]["name"] == "count_automations"
    assert body["severity"] == "breaking"


def test_client_3_4_25_against_server_3_8_8(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(capsys, "--committed", str(V3_4), "--spec", str(COMMITTED))
    assert code == 2  # 3.8.8 dropped operations 3.4 had (the /admin/database ones)
    (not_any,) = find(report, schema="FlowFilterId", field="not_any_")
    assert (not_any["kind"], not_any["severity"]) == ("field_added", "compatible")
    assert {"POST /admin/database/clear", "POST /admin/database/drop"} <= ops_of(
        report, "operation_removed"
    )


def test_text_report_fits_a_screen_per_resource(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--spec", str(V2_20))
    assert code == 2
    # the resources, without the footer (a reference page line per method, what to do)
    sections = out.split("\nReference pages of these methods")[0].split("\n== ")[1:]
    assert len(sections) > 10
    for section in sections:
        assert len(section.splitlines()) <= 50, section.splitlines()[0]
    assert "163 fields added" in out  # Settings: long lists are a count, said plainly
    assert "163 fields added: 163 fields (use --format json for all)" in out
    assert "(+" not in out and "more)" not in out


def test_markdown_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--spec", str(V3_4), "--format", "markdown")
    assert code == 2
    # stored documents: their own version, never called a Prefect release
    assert out.startswith("## Drift: committed openapi.json (document version 3.8.8)")
    assert "(document version 3.4.25)" in out.splitlines()[0]
    assert "### Flows:" in out
    assert "<details>" in out


# --- unreadable documents -------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "content",
    [None, "this is not JSON {", '{"hello": "world"}', '{"openapi": "3.1.0"}', "[1, 2]"],
    ids=["missing", "not-json", "not-openapi", "no-paths", "a-list"],
)
def test_unreadable_file_exits_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None
) -> None:
    spec = tmp_path / "doc.json"
    if content is not None:
        spec.write_text(content)
    code, out, err = run(capsys, "--spec", str(spec))
    assert code == 3
    assert out == ""
    assert err.startswith("drift: ") and err.count("\n") == 2  # the error, what to do
    assert err.splitlines()[1].startswith("drift: what to do: nothing was compared")


def test_unreachable_server_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    code, _, err = run(capsys, "--url", f"http://127.0.0.1:{_closed_port()}/api")
    assert code == 3
    assert "cannot read" in err and err.count("\n") == 2  # the error, what to do
    assert time.perf_counter() - started < 10


# --- facade scan and names --------------------------------------------------------


def test_snake_case_matches_the_generator() -> None:
    strings = pytest.importorskip("openapi_python_client.strings")
    doc = prepare(json.loads(COMMITTED.read_text()))
    tags = {op["tags"][0] for _m, _p, op in operations(doc)}
    names = {op["operationId"] for _m, _p, op in operations(doc)}
    for value in sorted(
        tags | names | {"Block types", "SavedSearches", "class", "Concurrency Limits V2"}
    ):
        assert snake_case(value) == strings.PythonIdentifier(value, prefix="tag"), value
    assert snake_case("Flow Runs") == "flow_runs"
    assert snake_case("Concurrency Limits V2") == "concurrency_limits_v2"
    assert snake_case("SavedSearches") == "saved_searches"


def test_scan_facade(tmp_path: Path) -> None:
    package = tmp_path / "prefect_rest" / "_async"
    package.mkdir(parents=True)
    (package / "flows.py").write_text(
        "from prefect_rest_api import api as ops\n"
        "import prefect_rest_api.api as endpoints\n"
        "\n"
        "class AsyncFlows:\n"
        "    async def read_flow(self, flow_id):\n"
        "        return await self._request(ops.flows.read_flow, id=flow_id)\n"
        "\n"
        "    async def both(self):\n"
        "        kwargs = ops.root.hello.request_kwargs()\n"
        "        return endpoints.flow_runs.read_flow_runs, kwargs\n"
        "\n"
        "    def no_ops(self):\n"
        "        return self.flows.read_flow\n"
        "\n"
        "def helper():\n"
        "    return ops.flows.read_flow\n"
    )
    (package / "broken.py").write_text("def (:\n")
    found = scan_facade(tmp_path / "prefect_rest")
    assert found == {
        ("flows", "read_flow"): ["AsyncFlows.read_flow", "flows.helper"],
        ("root", "hello"): ["AsyncFlows.both"],
        ("flow_runs", "read_flow_runs"): ["AsyncFlows.both"],
    }


def test_breaking_changes_name_facade_methods() -> None:
    committed = Spec(prepare(json.loads(COMMITTED.read_text())), "openapi.json")
    other = Spec(prepare(json.loads(V2_20.read_text())), "2.20")
    facade = {
        ("flows", "create_flow"): ["AsyncFlows.create_flow_from_name"],
        ("flows", "bulk_delete_flows"): ["AsyncFlows.delete_flows"],
    }
    report = build_report(committed, other, facade).to_json()
    (labels,) = find(report, schema="FlowCreate", field="labels")
    assert labels["facade"] == ["AsyncFlows.create_flow_from_name"]
    (bulk,) = [
        c
        for c in find(report, kind="operation_removed")
        if c["operations"][0]["name"] == "bulk_delete_flows"
    ]
    assert bulk["facade"] == ["AsyncFlows.delete_flows"]
    text = render_text(build_report(committed, other, facade))
    assert "methods: AsyncFlows.delete_flows" in text
    assert "no client method calls it" in text
    assert "facade" not in text


# --- generated/ -------------------------------------------------------------------


def test_check_generated(tmp_path: Path) -> None:
    pytest.importorskip("openapi_python_client")
    try:
        import regenerate
    except (ImportError, SyntaxError) as exc:  # pragma: no cover - written alongside
        pytest.skip(f"scripts/regenerate.py is not usable: {exc}")
    shutil.copy(COMMITTED, tmp_path / "openapi.json")
    package = tmp_path / "generated" / regenerate.PACKAGE
    regenerate.generate(tmp_path / "openapi.json", package)
    assert drift.check_generated(tmp_path) == []
    flow = package / "models" / "flow.py"
    flow.write_text(flow.read_text() + "# a hand edit\n")
    (package / "extra.py").write_text("")
    (package / "api" / "flows" / "read_flow.py").unlink()
    assert drift.check_generated(tmp_path) == [
        "prefect_rest_api/api/flows/read_flow.py",
        "prefect_rest_api/extra.py",
        "prefect_rest_api/models/flow.py",
    ]


# --- a live server ------------------------------------------------------------------


@pytest.mark.server
def test_live_server_has_no_drift(capsys: pytest.CaptureFixture[str], live_server_url: str) -> None:
    started = time.perf_counter()
    code, out, err = run(capsys, "--url", live_server_url)
    seconds = time.perf_counter() - started
    with capsys.disabled():
        print(f"\ndrift against a live server: {seconds:.2f} s (exit {code})")
    release = str(httpx.get(f"{live_server_url}/admin/version").json())
    assert f"vs {live_server_url} (Prefect {release})" in out
    if release == "3.8.8":
        assert code == 0, out + err
    else:  # an older server (.ci/run: 3.4.25 with PREFECT_REST_LIVE_SERVER_VENV): breaking
        assert code == 2, out + err
        assert "operation removed: read_server_default_result_storage (GET /admin/storage)" in out
