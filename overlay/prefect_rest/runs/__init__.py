"""Watch and wait for runs: ``wait_for_flow_run``, ``run_deployment``, ``FlowRunSubscriber``.

    from prefect_rest.runs import run_deployment, wait_for_flow_run

    run = await run_deployment("etl/nightly", timeout=0)      # returns at once
    run = await wait_for_flow_run(run.id, timeout=600)        # the final run

The sync forms are in ``prefect_rest.runs.sync``; ``run_deployment`` also runs
synchronously when called outside an event loop or with a ``SyncPrefectClient``,
as Prefect's does.  Waiting follows the run's events (``prefect_rest.events``)
and falls back to polling where no event stream can be had.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any
from uuid import UUID

from ..events.flow_run import FlowRunSubscriber
from .deployments import arun_deployment
from .flow_runs import wait_for_flow_run

__all__ = ["FlowRunSubscriber", "arun_deployment", "run_deployment", "wait_for_flow_run"]


def run_deployment(
    name: str | UUID,
    client: Any = None,
    parameters: dict[str, Any] | None = None,
    scheduled_time: datetime.datetime | None = None,
    flow_run_name: str | None = None,
    timeout: float | None = None,
    poll_interval: float | None = 5,
    tags: Iterable[str] | None = None,
    idempotency_key: str | None = None,
    work_queue_name: str | None = None,
    as_subflow: bool | None = True,
    job_variables: dict[str, Any] | None = None,
) -> Any:
    """Create a flow run of a deployment; return it when final or after ``timeout`` seconds.

    As Prefect's: inside an event loop (with an async client or none) this returns
    the coroutine of :func:`arun_deployment` to await; otherwise, or with a
    ``SyncPrefectClient``, it runs to completion and returns the flow run.
    """
    import anyio

    from .._async.client import PrefectClient

    args = (name, client, parameters, scheduled_time, flow_run_name, timeout, poll_interval)
    rest = (tags, idempotency_key, work_queue_name, as_subflow, job_variables)
    try:
        in_loop = anyio.get_current_task() is not None
    except RuntimeError:  # no event loop runs in this thread
        in_loop = False
    if isinstance(client, PrefectClient) or (client is None and in_loop):
        return arun_deployment(*args, *rest)
    from . import sync

    return sync.run_deployment(*args, *rest)
