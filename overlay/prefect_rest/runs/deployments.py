"""``run_deployment``: Prefect's ``prefect.deployments.run_deployment`` on this client."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterable
from typing import Any
from uuid import UUID

import anyio
from prefect_rest_api import models as m

from ..states import Scheduled
from .clients import using_client
from .flow_runs import timeout_arg
from .watch import until_final


async def arun_deployment(
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
    """Create a flow run of a deployment and return it when final, or after ``timeout`` s.

    ``name`` is the deployment's id or ``"flow name/deployment name"``.
    ``timeout=0`` returns the new run at once; None waits without limit.  Waiting
    follows the run's events (polling every ``poll_interval`` s where no event
    stream can be had).  ``as_subflow`` is accepted for Prefect's signature: there
    is no Prefect run context here to link a subflow to.
    """
    limit = timeout_arg("timeout", timeout)
    interval = timeout_arg("poll_interval", poll_interval)
    deployment_id: UUID | None = name if isinstance(name, UUID) else None
    if deployment_id is None and isinstance(name, str):
        with contextlib.suppress(ValueError):
            deployment_id = UUID(name)
    async with using_client(client) as rest:
        if deployment_id is not None:
            deployment = await rest.read_deployment(deployment_id)
        else:
            deployment = await rest.read_deployment_by_name(name)
        run = await rest.create_flow_run_from_deployment(
            deployment.id,
            parameters=parameters or {},
            state=Scheduled(scheduled_time=scheduled_time),
            name=flow_run_name,
            tags=tags,
            idempotency_key=idempotency_key,
            work_queue_name=work_queue_name,
            job_variables=job_variables,
        )
        if limit == 0:
            return run
        with anyio.move_on_after(limit):
            return await until_final(rest, run.id, interval)
        return await rest.read_flow_run(run.id)
