"""Every operation, typed, through a client: ``client.api.<tag>.<operation>(...)``.

Before: 44 operations had no client method and the generated functions could not
take our clients (``bulk_delete_flows.sync(client=c)``: no ``get_httpx_client``);
the only route was the untyped ``request()``.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TEST_SETTINGS
from faults import EPHEMERAL_URL, Fault, Faults, ephemeral_injector, sync_ephemeral_injector
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest import models as m
from prefect_rest.exceptions import ObjectNotFound
from prefect_rest_api import api as ops

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.anyio


def _operations() -> list[tuple[str, str, object]]:
    found = []
    for info in pkgutil.iter_modules(ops.__path__):
        pkg = importlib.import_module(f"{ops.__name__}.{info.name}")
        for name in pkg.__all__:
            found.append((info.name, name, importlib.import_module(f"{pkg.__name__}.{name}")))
    return found


def test_every_operation_has_a_method_with_its_signature() -> None:
    operations = _operations()
    assert len(operations) == 187
    for cls in (PrefectClient, SyncPrefectClient):
        api = cls("http://127.0.0.1:9/api").api
        for tag, name, module in operations:
            method = getattr(getattr(api, tag), name)
            wanted = inspect.signature(module.request_kwargs).parameters  # type: ignore[attr-defined]
            got = inspect.signature(method).parameters
            assert list(got) == list(wanted), (tag, name)
            for key, param in wanted.items():
                assert got[key].default == param.default, (tag, name, key)
                # the same union (ruff may order its members otherwise)
                assert set(got[key].annotation.split(" | ")) == set(
                    param.annotation.split(" | ")
                ), (tag, name, key)
            assert inspect.iscoroutinefunction(method) == (cls is PrefectClient)


def test_api_module_is_what_the_generated_package_gives() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_api.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_sync_bulk_delete_flows_and_a_404(sync_client: SyncPrefectClient, unique: str) -> None:
    ids = [sync_client.create_flow_from_name(f"{unique}-{i}") for i in range(3)]
    body = m.BulkDeleteFlowsBody.from_dict({"flows": {"name": {"like_": unique}}})
    deleted = sync_client.api.flows.bulk_delete_flows(body=body)
    assert isinstance(deleted, m.FlowBulkDeleteResponse)
    assert sorted(deleted.deleted) == sorted(ids)
    with pytest.raises(ObjectNotFound) as caught:
        sync_client.api.flows.read_flow(ids[0])
    assert "read_flow" in str(caught.value)


async def test_async_operations_without_facade_method(client: PrefectClient, unique: str) -> None:
    flow_id = await client.create_flow_from_name(unique)
    var = await client.api.variables.create_variable(
        body=m.VariableCreate(name=unique.replace("-", "_"), value={"a": [1]})
    )
    read = await client.api.variables.read_variable(var.id)
    assert read.value == {"a": [1]} and read.id == var.id
    updated = await client.api.flows.update_flow(flow_id, body=m.FlowUpdate(tags=["x"]))
    assert updated is None
    assert (await client.read_flow(flow_id)).tags == ["x"]
    page = await client.api.flow_runs.paginate_flow_runs(body=m.PaginateFlowRunsBody(limit=5))
    assert page.page == 1 and page.limit == 5


def test_sync_calls_are_retried_like_client_methods(unique: str) -> None:
    faults = Faults(Fault("respond", method="GET", path=r"/flows/[0-9a-f]{8}-", on=[1], status=503))
    with SyncPrefectClient(
        EPHEMERAL_URL,
        settings=TEST_SETTINGS,
        httpx_settings={"transport": sync_ephemeral_injector(faults)},
    ) as c:
        flow_id = c.create_flow_from_name(unique)
        assert c.api.flows.read_flow(flow_id).name == unique
    seen = faults.seen("GET", r"/flows/[0-9a-f]{8}-")
    assert [s.forwarded for s in seen] == [False, True]


async def test_async_calls_are_retried_like_client_methods(unique: str) -> None:
    faults = Faults(Fault("respond", method="GET", path=r"/flows/[0-9a-f]{8}-", on=[1], status=503))
    async with PrefectClient(
        EPHEMERAL_URL,
        settings=TEST_SETTINGS,
        httpx_settings={"transport": await ephemeral_injector(faults)},
    ) as c:
        flow_id = await c.create_flow_from_name(unique)
        assert (await c.api.flows.read_flow(flow_id)).name == unique
    seen = faults.seen("GET", r"/flows/[0-9a-f]{8}-")
    assert [s.forwarded for s in seen] == [False, True]


TYPED = """\
from uuid import uuid4

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest import models as m


async def use(client: PrefectClient, sync: SyncPrefectClient) -> None:
    deleted = await client.api.flows.bulk_delete_flows(body=m.BulkDeleteFlowsBody())
    print(deleted.deleted)
    flow = sync.api.flows.read_flow(uuid4())
    name: str = flow.name
    flow.nmae  # TYPO-1
    await client.api.flows.bulk_delete_flowz()  # TYPO-2
    sync.api.flows.read_flow(uuid4(), limit=3)  # TYPO-3
    sync.api.flowz  # TYPO-4
"""


def test_mypy_types_the_operations(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(TYPED)
    env = {**os.environ, "MYPYPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT / 'overlay'}"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--follow-imports=silent",
            "--ignore-missing-imports",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    flagged = {int(line.split(":")[1]) for line in errors}
    wanted = {i for i, text in enumerate(TYPED.splitlines(), 1) if "# TYPO" in text}
    assert flagged == wanted, proc.stdout
