"""Bad arguments: a clear error naming the argument, and no request where the client can know.

The client can know a value is wrong when its Python type is wrong, a required
field is missing, a UUID does not parse, or a name breaks a rule the API
document states (``FlowCreate.name``, ``WorkPoolCreate.name``, ... have the
pattern ``^[^/%&><]+$``). Those raise ``InvalidArgument`` before anything is
sent; every request is counted at the transport (an injector with no faults in
front of the in-process server). Rules only the server knows (a variable
name's characters) come back as ``PrefectValidationError`` naming the field,
after exactly one request.
"""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any

import pytest
from faults import EPHEMERAL_URL, Faults, ephemeral_injector, sync_ephemeral_injector
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import InvalidArgument, PrefectRestError, PrefectValidationError
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio

SETTINGS = Settings(max_retries=0)
FLOW = SimpleNamespace(name="bad-input-flow")
SOME_ID = uuid.UUID("6f1c9d1e-8a7b-4c3d-9e2f-0a1b2c3d4e5f")

#: (method, args, kwargs, what the message must name)
CASES: list[Any] = [
    # malformed or mistyped ids
    pytest.param("read_flow", ("nope",), {}, "flow_id", id="read_flow-not-uuid"),
    pytest.param("read_flow", (123,), {}, "flow_id", id="read_flow-int"),
    pytest.param("read_flow", (None,), {}, "flow_id", id="read_flow-none"),
    pytest.param(
        "read_flow_run",
        ("12345678-1234-1234-1234-12345678901",),
        {},
        "flow_run_id",
        id="read_flow_run-short-uuid",
    ),
    pytest.param("delete_flow", ("x",), {}, "flow_id", id="delete_flow-not-uuid"),
    pytest.param("set_flow_run_state", ("bad", None), {}, "flow_run_id", id="set_state-bad-id"),
    pytest.param(
        "create_flow_run_from_deployment", ("bad",), {}, "deployment_id", id="run-from-dep-bad-id"
    ),
    pytest.param("create_deployment", ("bad", "x"), {}, "flow_id", id="create_deployment-bad-id"),
    pytest.param(
        "create_flow_run",
        (FLOW,),
        {"parent_task_run_id": "x"},
        "parent_task_run_id",
        id="create_flow_run-bad-parent",
    ),
    # wrong types
    pytest.param("create_flow_from_name", (42,), {}, "flow_name", id="flow-name-int"),
    pytest.param("create_flow_from_name", (None,), {}, "flow_name", id="flow-name-none"),
    pytest.param("create_flow_from_name", ("",), {}, "flow_name", id="flow-name-empty"),
    pytest.param("create_flow", (object(),), {}, "flow", id="create_flow-no-name"),
    pytest.param(
        "create_flow_run", (FLOW,), {"parameters": [1, 2]}, "parameters", id="run-params-list"
    ),
    pytest.param("create_flow_run", (FLOW,), {"tags": "abc"}, "tags", id="run-tags-str"),
    pytest.param("create_flow_run", (FLOW,), {"name": 5}, "name", id="run-name-int"),
    pytest.param("create_flow_run", (FLOW,), {"state": "RUNNING"}, "state", id="run-state-str"),
    pytest.param(
        "create_flow_run_from_deployment",
        (SOME_ID,),
        {"parameters": [1]},
        "parameters",
        id="run-from-dep-params-list",
    ),
    pytest.param(
        "create_flow_run_from_deployment",
        (SOME_ID,),
        {"tags": "abc"},
        "tags",
        id="run-from-dep-tags-str",
    ),
    pytest.param(
        "create_flow_run_from_deployment",
        (SOME_ID,),
        {"idempotency_key": 5},
        "idempotency_key",
        id="run-from-dep-key-int",
    ),
    pytest.param(
        "create_flow_run_from_deployment",
        (SOME_ID,),
        {"name": 5},
        "name",
        id="run-from-dep-name-int",
    ),
    pytest.param(
        "create_flow_run_from_deployment",
        (SOME_ID,),
        {"work_queue_name": 5},
        "work_queue_name",
        id="run-from-dep-queue-int",
    ),
    pytest.param(
        "create_flow_run_from_deployment",
        (SOME_ID,),
        {"job_variables": [1]},
        "job_variables",
        id="run-from-dep-job-vars-list",
    ),
    pytest.param("create_deployment", (SOME_ID, 5), {}, "name", id="deployment-name-int"),
    pytest.param(
        "create_deployment", (SOME_ID, "x"), {"tags": "abc"}, "tags", id="deployment-tags-str"
    ),
    pytest.param(
        "create_deployment",
        (SOME_ID, "x"),
        {"parameters": [1]},
        "parameters",
        id="deployment-params-list",
    ),
    pytest.param(
        "create_deployment",
        (SOME_ID, "x"),
        {"concurrency_limit": "3"},
        "concurrency_limit",
        id="deployment-limit-str",
    ),
    pytest.param("read_flow_runs", (), {"limit": "10"}, "limit", id="read_runs-limit-str"),
    pytest.param("read_flow_runs", (), {"limit": -1}, "limit", id="read_runs-limit-negative"),
    pytest.param("read_flow_runs", (), {"flow_filter": "x"}, "flow_filter", id="filter-str"),
    pytest.param("read_flows", (), {"limit": "10"}, "limit", id="read_flows-limit-str"),
    pytest.param("set_flow_run_state", (SOME_ID, "RUNNING"), {}, "state", id="set_state-str"),
    pytest.param("create_work_pool", ("pool",), {}, "work_pool", id="work_pool-str"),
    pytest.param("read_work_pool", (5,), {}, "work_pool_name", id="read_work_pool-int"),
    pytest.param("read_variable_by_name", (5,), {}, "name", id="read_variable-int"),
    pytest.param("create_logs", ("x",), {}, "logs", id="logs-str"),
    pytest.param("create_concurrency_limit", (5, 1), {}, "tag", id="limit-tag-int"),
    pytest.param(
        "create_concurrency_limit", ("tag", "one"), {}, "concurrency_limit", id="limit-str"
    ),
    # missing required fields
    pytest.param("create_work_pool", ({"type": "process"},), {}, "name", id="work_pool-no-name"),
    pytest.param("create_variable", ({"name": "x"},), {}, "value", id="variable-no-value"),
    pytest.param("create_variable", ({"value": 1},), {}, "name", id="variable-no-name"),
    pytest.param("create_logs", ([{"message": "x"}],), {}, "level", id="log-missing-fields"),
    pytest.param(
        "create_block_document", ({"name": "x"},), {}, "block_type_id", id="block-doc-no-type"
    ),
    # names the API document forbids (pattern ^[^/%&><]+$)
    pytest.param("create_flow_from_name", ("a/b",), {}, "name", id="flow-name-slash"),
    pytest.param("create_flow_from_name", ("a%b",), {}, "name", id="flow-name-percent"),
    pytest.param("create_flow_from_name", ("a>b",), {}, "name", id="flow-name-gt"),
    pytest.param("create_flow", (SimpleNamespace(name="x/y"),), {}, "name", id="flow-obj-slash"),
    pytest.param(
        "create_flow_run", (SimpleNamespace(name="x&y"),), {}, "name", id="run-flow-name-amp"
    ),
    pytest.param(
        "create_work_pool",
        ({"name": "a/b", "type": "process"},),
        {},
        "name",
        id="work_pool-name-slash",
    ),
]


def _check(exc: BaseException, faults: Faults, argument: str) -> None:
    assert isinstance(exc, InvalidArgument), f"not raised before sending: {exc!r}"
    assert argument in str(exc), str(exc)
    sent = [(s.method, s.path) for s in faults.seen()]
    assert sent == [], f"requests were sent for a bad argument: {sent}"


@pytest.mark.parametrize(("method", "args", "kwargs", "argument"), CASES)
async def test_bad_argument_async(method, args, kwargs, argument):
    faults = Faults()
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL, settings=SETTINGS, httpx_settings={"transport": transport}
    ) as client:
        with pytest.raises(PrefectRestError) as info:
            await getattr(client, method)(*args, **kwargs)
    _check(info.value, faults, argument)


@pytest.mark.parametrize(("method", "args", "kwargs", "argument"), CASES)
def test_bad_argument_sync(method, args, kwargs, argument):
    faults = Faults()
    with (
        SyncPrefectClient(
            EPHEMERAL_URL,
            settings=SETTINGS,
            httpx_settings={"transport": sync_ephemeral_injector(faults)},
        ) as client,
        pytest.raises(PrefectRestError) as info,
    ):
        getattr(client, method)(*args, **kwargs)
    _check(info.value, faults, argument)


@pytest.mark.parametrize(
    ("method", "body", "field"),
    [
        pytest.param("create_variable", {"name": "Bad Name!", "value": 1}, "name", id="variable"),
        pytest.param("create_artifact", {"key": "Bad_Key"}, "key", id="artifact-key"),
    ],
)
async def test_rules_only_the_server_knows_come_back_as_validation_errors(method, body, field):
    faults = Faults()
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL, settings=Settings(max_retries=3), httpx_settings={"transport": transport}
    ) as client:
        with pytest.raises(PrefectValidationError) as info:
            await getattr(client, method)(body)
    assert info.value.status_code == 422
    assert info.value.errors and info.value.errors[0]["loc"][-1] == field
    assert method in str(info.value) and f"{field}:" in str(info.value)
    posts = [s for s in faults.seen("POST") if "csrf" not in s.path]
    assert len(posts) == 1  # a 422 is final: not retried
