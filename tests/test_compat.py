"""The compatibility matrix (``prefect_rest.drift.compat``) and ``prefect-rest compat``.

The shipped ``compat.json`` must be what the stored documents give today; the
live test checks it against a real server: every method of the skew sweep that
fails is one the matrix marks, and every swept method the matrix says the
release lacks does fail, with ``OperationNotAvailable`` (3.4.25 in .ci/run).
"""

from __future__ import annotations

import json

import httpx
import pytest
from prefect_rest import PrefectClient
from prefect_rest.drift import cli
from prefect_rest.drift.compat import (
    CHANGED,
    MISSING,
    REMOVED,
    WORKS,
    WORKS_EXCEPT,
    Matrix,
    compute,
    render_release,
)
from prefect_rest.drift.methods import method_operations, public_methods, removed_methods
from prefect_rest.exceptions import OperationNotAvailable
from prefect_rest.settings import Settings
from test_drift_skew import _sweep, sweep_failures

MATRIX = Matrix.load()


def test_shipped_matrix_is_what_the_stored_documents_give() -> None:
    assert compute() == MATRIX.data, "run: python -m prefect_rest.drift.compat --write"


def test_matrix_covers_the_minor_releases_from_2_20_to_3_8() -> None:
    minors = {".".join(r.split(".")[:2]) for r in MATRIX.releases}
    assert {"2.20", "3.0", "3.1", "3.2", "3.3", "3.4", "3.8"} <= minors
    assert MATRIX.data["baseline"] == "3.8.8"


def test_every_public_method_of_both_clients_is_in_the_matrix() -> None:
    from prefect_rest import SyncPrefectClient

    for client in (PrefectClient, SyncPrefectClient):
        names = {
            n
            for n in dir(client)
            if not n.startswith("_") and not isinstance(getattr(client, n), property)
        }
        assert names == set(public_methods()) == set(MATRIX.methods)


def test_methods_reach_operations_through_the_methods_they_call() -> None:
    reach = method_operations()
    assert reach["read_flow_runs"] == {("flow_runs", "read_flow_runs")}
    # create_flow calls create_flow_from_name, which names the operation
    assert reach["create_flow"] == {("flows", "create_flow")}
    assert ("flows", "create_flow") in reach["create_flow_run"]
    # the CSRF and version reads every request may make are not attributed to each method
    readers = {m for m, ops in reach.items() if ("admin", "read_version") in ops}
    assert readers == {
        "api_version",
        "raise_for_api_version_mismatch",
        "raise_for_api_version_mismatch_once",
    }


def test_the_generated_release_works_everywhere_and_3_4_lacks_the_storage_operations() -> None:
    removed = set(removed_methods())
    assert {"update_schedule", "create_flow_run_notification_policy"} <= removed
    assert "client_version" not in removed and "request" not in removed
    for method in MATRIX.methods:
        want = REMOVED if method in removed else WORKS
        assert MATRIX.status(method, "3.8.8") == want, method
    assert MATRIX.status("read_server_default_result_storage", "3.4.25") == MISSING
    assert MATRIX.status("read_flow", "3.4.25") == WORKS
    wheres = {c["where"] for c in MATRIX.changes("count_flow_runs", "3.4.25")}
    assert "FlowFilterId.not_any_" in wheres
    assert "3.8.8" in MATRIX.works_with("read_flow")


def test_a_removed_optional_filter_field_breaks_only_the_calls_that_pass_it() -> None:
    """As the drift report says "breaks only calls that pass X", the matrix does not call
    every method that could send a removed optional field "changed"."""
    assert MATRIX.status("count_flow_runs", "3.4.25") == WORKS_EXCEPT
    only = MATRIX.only_calls_passing("count_flow_runs", "3.4.25")
    assert "FlowFilterId.not_any_" in only
    assert {c["where"] for c in MATRIX.changes("count_flow_runs", "3.4.25")} == set(only)
    assert MATRIX.status_text("count_flow_runs", "3.4.25").startswith(
        "works, except calls that pass "
    )
    # a change every call meets (the automation action union lost a member) stays "changed"
    assert MATRIX.status("create_automation", "3.4.25") == CHANGED
    assert MATRIX.only_calls_passing("create_automation", "3.4.25") == []
    out = render_release(MATRIX, "3.4.25")
    assert "PrefectClient.count_flow_runs: breaks only calls that pass FlowFilterId.not_any_" in out
    narrowed = out.split("Works, except calls that pass", 1)[1]
    assert "PrefectClient.create_automation\n" not in narrowed


def test_compat_command_for_one_release(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compat", "--release", "3.4"]) == 0  # a minor picks its stored patch
    out = capsys.readouterr().out
    assert out.startswith("Prefect 3.4.25: ")
    missing = out.split("Not available", 1)[1].split("Changed", 1)[0]
    assert "PrefectClient.read_server_default_result_storage" in missing
    assert "operation_removed GET /admin/storage" in missing
    assert "PrefectClient.read_flow\n" not in out


def test_compat_command_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compat"]) == 0
    table = capsys.readouterr().out
    header = next(line for line in table.splitlines() if line.startswith("method"))
    assert header.split()[1:] == MATRIX.releases
    assert cli.main(["compat", "--release", "3.4.25", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["methods"]["read_server_default_result_storage"]["status"] == MISSING


def test_compat_command_unknown_release_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["compat", "--release", "9.9"]) == 64
    err = capsys.readouterr().err
    assert "no stored document for Prefect 9.9" in err and "3.4.25" in err


@pytest.mark.server
@pytest.mark.anyio
async def test_matrix_agrees_with_a_live_server(live_server_url: str) -> None:
    release = str(httpx.get(f"{live_server_url}/admin/version").json())
    if release not in MATRIX.releases:
        pytest.skip(f"no stored document for the live server's release {release}")
    # retries on: a busy SQLite server answers 503 now and then; a missing route (404) is
    # never retried, so what fails here fails on every try
    failures = await sweep_failures(live_server_url, Settings(max_retries=3, retry_base_delay=0.1))
    swept = {method for method, _ in _sweep("x")}
    # the sweep passes no removed optional field, so "works, except ..." methods must work
    marked = {m for m in swept if MATRIX.status(m, release) in (CHANGED, MISSING, REMOVED)}
    assert set(failures) <= marked, {m: str(failures[m]) for m in set(failures) - marked}
    missing = {m for m in swept if MATRIX.status(m, release) == MISSING}
    assert missing <= set(failures), sorted(missing - set(failures))
    assert all(isinstance(failures[m], OperationNotAvailable) for m in missing)
    if release != MATRIX.data["baseline"]:
        assert missing, "an older release lacks operations the sweep calls"


def test_method_page_links_match_the_site_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect_rest.drift.links import method_page

    monkeypatch.delenv("PREFECT_REST_DOCS_URL", raising=False)
    assert method_page("AsyncFlowsMixin.read_flow") == "reference/methods/read_flow/"
    assert method_page("PrefectClient.read_flow", "https://docs.example/") == (
        "https://docs.example/reference/methods/read_flow/"
    )
    monkeypatch.setenv("PREFECT_REST_DOCS_URL", "https://docs.example")
    assert method_page("read_flow_runs") == "https://docs.example/reference/methods/read_flow_runs/"
    with pytest.raises(ValueError, match="not a public method"):
        method_page("PrefectClient._request")
