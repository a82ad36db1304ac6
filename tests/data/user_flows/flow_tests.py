"""Flow tests as a Prefect user writes them (the patterns of Prefect's "testing workflows" guide).

Run by ``tests/test_harness.py`` as ``test_user_flows.py`` next to ``harness_conftest.py``
(as ``conftest.py``), once under Prefect's ``prefect_test_harness`` and once under
prefect_rest's: the module does not change, only the conftest's import does.
"""

import uuid

import pytest
from prefect import flow, get_run_logger, task
from prefect.client.orchestration import get_client
from prefect.logging import disable_run_logger

#: Different in every run of the suite: cached results of an earlier run never match.
RUN = uuid.uuid4().hex


@task
def add(x: int, y: int) -> int:
    return x + y


@flow
def adding_flow(a: int, b: int) -> int:
    return add(a, b) + add(b, a)


def test_flow_calls_tasks() -> None:
    assert adding_flow(1, 2) == 6


def test_task_fn_called_directly() -> None:
    assert add.fn(2, 3) == 5


def test_flow_fn_called_directly() -> None:
    with disable_run_logger():
        assert logging_flow.fn("direct") == "direct"


ATTEMPTS: dict[str, int] = {}


@flow(retries=2, retry_delay_seconds=0)
def flaky_flow(key: str) -> int:
    ATTEMPTS[key] = ATTEMPTS.get(key, 0) + 1
    if ATTEMPTS[key] < 2:
        raise ValueError("not yet")
    return ATTEMPTS[key]


def test_flow_with_retries() -> None:
    assert flaky_flow("retries") == 2


@flow
def child_flow(x: int) -> int:
    return x * 2


@flow
def parent_flow(x: int) -> int:
    return child_flow(x) + 1


def test_subflow() -> None:
    assert parent_flow(3) == 7


@task(cache_key_fn=lambda context, parameters: f"square-{RUN}-{parameters['x']}")
def fresh_token(x: int) -> str:
    return f"{x}-{uuid.uuid4().hex}"


@flow
def cached_flow(x: int) -> tuple[str, str]:
    return fresh_token(x), fresh_token(x)


def test_task_with_a_cache_key() -> None:
    first, second = cached_flow(4)
    assert first == second  # the second call is a cache hit
    assert first.startswith("4-")


@flow
def logging_flow(message: str) -> str:
    get_run_logger().info("the flow says %s", message)
    return message


def test_flow_that_logs() -> None:
    assert logging_flow("hello") == "hello"


@flow
def failing_flow() -> None:
    raise ValueError("this flow fails")


def test_failing_flow_is_failed() -> None:
    state = failing_flow(return_state=True)
    assert state.is_failed()
    with pytest.raises(ValueError, match="this flow fails"):
        state.result()


@task
async def double(x: int) -> int:
    return 2 * x


@flow
async def async_flow(x: int) -> int:
    return await double(x) + 1


@pytest.mark.anyio
async def test_async_flow() -> None:
    assert await async_flow(5) == 11


def test_flow_runs_are_recorded() -> None:
    state = adding_flow(2, 2, return_state=True)
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(state.state_details.flow_run_id)
        flow = client.read_flow(run.flow_id)
    assert flow.name == "adding-flow"
    assert run.state is not None and run.state.is_completed()
