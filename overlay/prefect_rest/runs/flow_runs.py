"""``wait_for_flow_run``: Prefect's ``prefect.flow_runs.wait_for_flow_run`` on this client."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import anyio
from prefect_rest_api import models as m

from .._args import uuid_arg
from ..exceptions import FlowRunWaitTimeout, InvalidArgument
from .clients import using_client
from .watch import until_final


def timeout_arg(name: str, value: Any) -> float | None:
    """None, or a non-negative number of seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise InvalidArgument(f"{name} must be a number of seconds or None")
    if value < 0:
        raise InvalidArgument(f"`{name}` cannot be negative")
    return float(value)


async def wait_for_flow_run(
    flow_run_id: UUID,
    timeout: int | None = 10800,
    poll_interval: int | None = None,
    client: Any = None,
    log_states: bool = False,
) -> m.FlowRunResponse:
    """Wait for the flow run to be final and return it (Prefect's signature).

    Follows the run's state events over the event stream (returns within a
    fraction of a second of the final state, reconnecting through server
    restarts), and polls every ``poll_interval`` seconds (default 1) where no
    stream can be had.  Raises :class:`FlowRunWaitTimeout` after ``timeout``
    seconds (None: no limit).
    """
    run_id = uuid_arg("flow_run_id", flow_run_id)
    limit = timeout_arg("timeout", timeout)
    interval = timeout_arg("poll_interval", poll_interval)
    async with using_client(client) as rest:
        with anyio.move_on_after(limit):
            return await until_final(rest, run_id, interval, log_states)
    raise FlowRunWaitTimeout(
        f"Flow run with ID {run_id} exceeded watch timeout of {timeout} seconds"
    )
