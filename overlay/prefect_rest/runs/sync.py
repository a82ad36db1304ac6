"""The sync forms of ``wait_for_flow_run`` and ``run_deployment``.

Each runs its async form to completion on a helper event loop (any thread,
also inside async code); Ctrl-C cancels the wait there and re-raises.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from typing import Any
from uuid import UUID

from prefect_rest_api import models as m

from ..events._bridge import run_sync
from . import deployments, flow_runs


def wait_for_flow_run(
    flow_run_id: UUID,
    timeout: int | None = 10800,
    poll_interval: int | None = None,
    client: Any = None,
    log_states: bool = False,
) -> m.FlowRunResponse:
    """Sync :func:`prefect_rest.runs.wait_for_flow_run` (``client``: a ``SyncPrefectClient``)."""
    call = functools.partial(
        flow_runs.wait_for_flow_run, flow_run_id, timeout, poll_interval, client, log_states
    )
    return run_sync(call)


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
) -> m.FlowRunResponse:
    """Sync :func:`prefect_rest.runs.arun_deployment` (``client``: a ``SyncPrefectClient``)."""
    call = functools.partial(
        deployments.arun_deployment,
        name,
        client,
        parameters,
        scheduled_time,
        flow_run_name,
        timeout,
        poll_interval,
        tags,
        idempotency_key,
        work_queue_name,
        as_subflow,
        job_variables,
    )
    return run_sync(call)
