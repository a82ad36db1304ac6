"""The drift report, for the person reading it (issue 22).

Client method names a user calls (``PrefectClient.read_flow_runs``), no
internal class names or jargon; lists in full, or a count that says where the
full list is; a "What to do" section for each exit code; a removed optional
request field breaks only the calls that pass it; error lines without repr
quotes; a stored document's ``info.version`` is never called a Prefect
release. The README's CI job on first use (no accept file yet) is tested in
test_onboarding.py, against the generated release and 3.4.25 alike.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from prefect_rest.drift import cli

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
COMMITTED = ROOT / "openapi.json"
V3_4 = DATA / "openapi-3.4.25.json"
V3_4_LIVE = DATA / "openapi-3.4.25-live-fastapi-0.119.json"
V2_20 = DATA / "openapi-2.20.25.json"


def drift(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["drift", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def report(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = drift(capsys, *argv, "--format", "json")
    return code, json.loads(out)


def edited(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> str:
    doc = copy.deepcopy(json.loads(COMMITTED.read_text()))
    edit(doc)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(doc))
    return str(path)


def test_methods_are_named_as_users_call_them(capsys):
    code, out, _ = drift(capsys, "--spec", str(V3_4))
    assert code == 2
    assert (
        "methods: PrefectClient.read_server_default_result_storage "
        "(the same on SyncPrefectClient)" in out
    )
    assert "Mixin" not in out and "facade" not in out.lower()
    _, data = report(capsys, "--spec", str(V3_4))
    names = {n for c in data["changes"] for n in c["facade"]}
    assert names and all(n.split(".")[0] in ("PrefectClient", "SyncPrefectClient") for n in names)
    assert not any(n.split(".")[1].startswith("_") for n in names)


@pytest.mark.parametrize("document", [V3_4, V2_20], ids=["3.4.25", "2.20.25"])
def test_lists_are_whole_or_a_count_that_says_where_the_rest_is(capsys, document):
    _, out, _ = drift(capsys, "--spec", str(document))
    assert "(+" not in out
    for line in out.splitlines():
        if re.search(r"\bmore\b|\d+ (fields|methods|endpoints|operations) \(", line):
            assert "(use --format json for all)" in line, line
    # the 3.4.25 filter changes reach every read method: named in full
    assert (
        "PrefectClient.read_flow_runs" in out.split("FlowFilterId (request)")[1].split("\n  -")[0]
    )


def _footer(out: str) -> list[str]:
    return out.split("\nWhat to do:\n", 1)[1].splitlines()


def test_what_to_do_for_each_exit_code(capsys, tmp_path):
    code, out, _ = drift(capsys, "--spec", str(COMMITTED))
    assert code == 0 and _footer(out) == [
        "  - nothing: this client speaks the server's API as it was generated."
    ]

    def add_operation(doc: dict[str, Any]) -> None:
        doc["paths"]["/flows/{id}/archive"] = {
            "post": {**doc["paths"]["/flows/{id}"]["delete"], "operationId": "archive_flow"}
        }

    added = edited(tmp_path, add_operation)
    code, out, _ = drift(capsys, "--spec", added)
    _, data = report(capsys, "--spec", added)
    assert code == 1
    footer = "\n".join(_footer(out))
    assert "nothing is required" in footer and "regenerate" in footer
    assert data["changes"][0]["id"] in footer and "--accept" in footer

    code, out, _ = drift(capsys, "--spec", str(V3_4))
    _, data = report(capsys, "--spec", str(V3_4))
    assert code == 2
    footer = "\n".join(_footer(out))
    assert "pin:" in footer and "regenerate" in footer and "accept" in footer
    breaking = [c["id"] for c in data["changes"] if c["severity"] == "breaking"]
    assert breaking and all(i in footer for i in breaking)
    assert data["what_to_do"] == [line.removeprefix("  - ") for line in _footer(out)]
    _, md, _ = drift(capsys, "--spec", str(V3_4), "--format", "markdown")
    assert "### What to do" in md


def test_a_removed_optional_request_field_breaks_only_calls_that_pass_it(capsys, tmp_path):
    def remove(doc: dict[str, Any]) -> None:
        schemas = doc["components"]["schemas"]
        del schemas["FlowFilterId"]["properties"]["any_"]  # optional: sent when the caller sets it
        assert "name" in schemas["FlowCreate"]["required"]
        del schemas["FlowCreate"]["properties"]["name"]  # required: every call sends it
        schemas["FlowCreate"]["required"].remove("name")

    path = edited(tmp_path, remove)
    code, out, _ = drift(capsys, "--spec", path)
    assert code == 2
    filter_line = out.split("FlowFilterId (request): field removed: any_")[1].split("\n  -")[0]
    assert "breaks only calls that pass FlowFilterId.any_, to: " in filter_line
    assert "PrefectClient.read_flows" in filter_line
    create_line = out.split("FlowCreate (request): field removed: name")[1].split("\n  -")[0]
    assert "only calls" not in create_line
    assert "methods: PrefectClient.create_flow" in create_line
    _, data = report(capsys, "--spec", path)
    by_where = {
        (c["schema"], c["field"]): c for c in data["changes"] if c["direction"] == "request"
    }
    assert by_where[("FlowFilterId", "any_")]["only_calls_passing"] == "FlowFilterId.any_"
    assert by_where[("FlowCreate", "name")]["only_calls_passing"] is None


def test_each_breaking_change_links_its_methods_reference_pages(capsys, monkeypatch):
    """Text: a footer line per method saying where its page is; markdown: links; JSON: a
    ``reference`` field; under PREFECT_REST_DOCS_URL when set, else paths in the site."""
    monkeypatch.delenv("PREFECT_REST_DOCS_URL", raising=False)
    page = "reference/methods/read_work_pool_concurrency_status/"
    code, out, _ = drift(capsys, "--spec", str(V3_4))
    assert code == 2
    footer = out.split("\nReference pages of these methods")[1].split("\nWhat to do:")[0]
    assert "./dev docs" in footer.splitlines()[0] and "PREFECT_REST_DOCS_URL" in footer
    assert f"  - PrefectClient.read_work_pool_concurrency_status: {page}\n" in footer
    # a method only a removed filter field reaches is linked too; each method once
    assert "  - PrefectClient.count_flow_runs: reference/methods/count_flow_runs/\n" in footer
    assert "SyncPrefectClient" not in footer and "read_flow:" not in footer

    monkeypatch.setenv("PREFECT_REST_DOCS_URL", "https://docs.example/prefect-rest/")
    _, out, _ = drift(capsys, "--spec", str(V3_4))
    url = f"https://docs.example/prefect-rest/{page}"
    assert f"  - PrefectClient.read_work_pool_concurrency_status: {url}\n" in out
    _, md, _ = drift(capsys, "--spec", str(V3_4), "--format", "markdown")
    assert f"[PrefectClient.read\\_work\\_pool\\_concurrency\\_status]({url})" in md
    _, data = report(capsys, "--spec", str(V3_4))
    change = next(c for c in data["changes"] if c["id"] == "047d29265a")
    assert change["reference"] == {
        "PrefectClient.read_work_pool_concurrency_status": url,
        "SyncPrefectClient.read_work_pool_concurrency_status": url,
    }

    monkeypatch.delenv("PREFECT_REST_DOCS_URL")
    _, md, _ = drift(capsys, "--spec", str(V3_4), "--format", "markdown")
    assert f"[PrefectClient.read\\_work\\_pool\\_concurrency\\_status]({page})" in md
    assert "The method links are paths in the documentation site" in md


def test_error_lines_are_not_repr_quoted(capsys, tmp_path, monkeypatch):
    code, _, err = drift(capsys, "--spec", str(tmp_path / "missing.json"))
    assert code == 3
    assert err.startswith("drift: cannot read ") and "'" not in err.splitlines()[0][:8]

    from prefect_rest.drift import report as report_module

    def fail(*args: Any, **kwargs: Any) -> None:
        raise ValueError("the rules broke")

    monkeypatch.setattr(report_module, "build_report", fail)
    code, _, err = drift(capsys, "--spec", str(COMMITTED))
    assert code == 3
    assert err == "drift: cannot compare: ValueError: the rules broke\n"


def test_a_stored_documents_version_is_not_called_a_release(capsys):
    """The live 3.4.25 document says 0.1.0 (FastAPI's placeholder): it is not a Prefect release."""
    code, out, _ = drift(capsys, "--spec", str(V3_4_LIVE))
    assert code == 2
    head = out.splitlines()[0]
    assert head.endswith("(document version 0.1.0)")
    assert "Prefect 0.1.0" not in out and "Prefect 3.8.8" not in head
    _, data = report(capsys, "--spec", str(V3_4_LIVE))
    assert data["other"] == {
        "source": str(V3_4_LIVE),
        "document_version": "0.1.0",
        "prefect_release": None,
    }
