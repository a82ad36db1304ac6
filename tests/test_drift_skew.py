"""Version skew, proven against a real server: our 3.8.8 client on whatever release
``live_server_url`` runs (3.8.8 by default; 3.4.25 in .ci/run, with
``PREFECT_REST_LIVE_SERVER_VENV=.venv-prefect-3.4.25``).

Every facade call of a broad sweep that fails must be a method the drift report
names for that server, and a method whose operation the server lacks raises
``OperationNotAvailable`` naming the server's release and the operation.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.drift import cli
from prefect_rest.exceptions import ObjectNotFound, OperationNotAvailable, PrefectRestError
from prefect_rest.settings import Settings

pytestmark = [pytest.mark.server, pytest.mark.anyio]

SETTINGS = Settings(max_retries=0)


def drift_report(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = cli.main(["drift", "--url", url, "--format", "json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def method_names(report: dict[str, Any]) -> set[str]:
    """Facade method names (``read_flow``) the breaking changes of ``report`` name."""
    return {
        name.rsplit(".", 1)[-1]
        for change in report["changes"]
        if change["severity"] == "breaking"
        for name in change["facade"]
    }


def server_release(url: str) -> str:
    return str(httpx.get(f"{url}/admin/version").json())


def _sweep(name: str) -> list[tuple[str, Callable[[PrefectClient], Awaitable[Any]]]]:
    """(facade method, call) pairs covering every resource, reads and simple writes."""
    flow_name, var_name, pool_name = f"skew-{name}", f"skew_{name}", f"skew-pool-{name}"

    async def flow_cycle(c: PrefectClient) -> None:
        flow_id = await c.create_flow_from_name(flow_name)
        flow = await c.read_flow(flow_id)
        await c.read_flow_by_name(flow_name)
        run = await c.create_flow_run(flow)
        await c.read_flow_run(run.id)

    async def variable_cycle(c: PrefectClient) -> None:
        await c.create_variable({"name": var_name, "value": "x"})
        assert (await c.read_variable_by_name(var_name)) is not None
        await c.delete_variable_by_name(var_name)

    async def pool_cycle(c: PrefectClient) -> None:
        await c.create_work_pool({"name": pool_name, "type": "process"})
        await c.read_work_pool(pool_name)
        await c.delete_work_pool(pool_name)

    return [
        ("hello", lambda c: c.hello()),
        ("api_healthcheck", lambda c: c.api_healthcheck()),
        ("create_flow_from_name", flow_cycle),
        ("read_flows", lambda c: c.read_flows(limit=5)),
        ("count_flows", lambda c: c.count_flows()),
        ("read_flow_runs", lambda c: c.read_flow_runs(limit=5)),
        ("count_flow_runs", lambda c: c.count_flow_runs()),
        ("read_task_runs", lambda c: c.read_task_runs(limit=5)),
        ("count_task_runs", lambda c: c.count_task_runs()),
        ("read_deployments", lambda c: c.read_deployments(limit=5)),
        ("count_deployments", lambda c: c.count_deployments()),
        ("create_work_pool", pool_cycle),
        ("read_work_pools", lambda c: c.read_work_pools()),
        ("read_work_queues", lambda c: c.read_work_queues()),
        ("create_variable", variable_cycle),
        ("read_variables", lambda c: c.read_variables()),
        ("read_artifacts", lambda c: c.read_artifacts(limit=5)),
        ("count_artifacts", lambda c: c.count_artifacts()),
        ("read_automations", lambda c: c.read_automations()),
        ("count_automations", lambda c: c.count_automations()),
        ("read_concurrency_limits", lambda c: c.read_concurrency_limits(limit=5)),
        ("read_global_concurrency_limits", lambda c: c.read_global_concurrency_limits()),
        ("read_block_types", lambda c: c.read_block_types()),
        ("read_block_documents", lambda c: c.read_block_documents(limit=5)),
        ("read_logs", lambda c: c.read_logs(limit=5)),
        ("read_saved_searches", lambda c: c.read_saved_searches(limit=5)),
        ("read_server_default_result_storage", lambda c: c.read_server_default_result_storage()),
        ("clear_server_default_result_storage", lambda c: c.clear_server_default_result_storage()),
    ]


async def sweep_failures(url: str, settings: Settings) -> dict[str, BaseException]:
    """Run the sweep against ``url``: facade method -> the error its call raised."""
    failures: dict[str, BaseException] = {}
    async with PrefectClient(url, settings=settings) as client:
        for method, call in _sweep(uuid.uuid4().hex[:8]):
            try:
                await call(client)
            except PrefectRestError as exc:
                failures[method] = exc
    return failures


async def test_every_failure_is_named_by_the_drift_report(
    live_server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = drift_report(live_server_url, capsys)
    release = server_release(live_server_url)
    named = method_names(report)
    removed = {
        op["operation"]
        for change in report["changes"]
        if change["kind"] == "operation_removed"
        for op in change["operations"]
    }
    failures = await sweep_failures(live_server_url, SETTINGS)
    with capsys.disabled():
        print(f"\nPrefect {release}: drift exit {code}; sweep failures: {sorted(failures)}")
    assert set(failures) <= named, {k: str(v) for k, v in failures.items() if k not in named}
    for method, exc in failures.items():
        if isinstance(exc, OperationNotAvailable):
            assert exc.server_release == release
            assert release in str(exc) and exc.operation in str(exc) and method in str(exc)
            assert any(exc.operation.endswith(op.split(" ", 1)[1]) for op in removed)
    if release == "3.8.8":
        assert code == 0 and not failures, [(c["kind"], c.get("detail")) for c in report["changes"]]
    else:  # an older release lacks /admin/storage: the error says so, not a bare 404
        assert code == 2
        assert "GET /admin/storage" in removed
        storage = failures["read_server_default_result_storage"]
        assert isinstance(storage, OperationNotAvailable)
        assert storage.operation == "GET /api/admin/storage"
        assert f"Prefect {release}" in str(storage)


def test_missing_object_is_still_object_not_found(live_server_url: str) -> None:
    """A 404 for a missing object keeps its own error, on every release (sync client)."""
    with SyncPrefectClient(live_server_url, settings=SETTINGS) as client:
        with pytest.raises(ObjectNotFound) as info:
            client.read_flow(uuid.uuid4())
        assert not isinstance(info.value, OperationNotAvailable)
        assert client.read_variable_by_name(f"missing-{uuid.uuid4().hex}") is None


def test_unknown_routes_without_a_release_point_at_the_api_url(live_server_url: str) -> None:
    """A root without /api: every route is unknown and so is the release (sync client)."""
    root = live_server_url.removesuffix("api")  # http://127.0.0.1:PORT/
    with (
        SyncPrefectClient(root, settings=SETTINGS) as client,
        pytest.raises(OperationNotAvailable) as info,
    ):
        client.read_flows(limit=1)
    assert info.value.server_release is None
    assert info.value.operation == "POST /flows/filter"
    assert "read_flows" in str(info.value) and "check that the API URL ends in /api" in str(
        info.value
    )
