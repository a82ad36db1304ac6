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

import functools
from typing import Any

from ..events.flow_run import FlowRunSubscriber
from .deployments import arun_deployment
from .flow_runs import wait_for_flow_run

__all__ = ["FlowRunSubscriber", "arun_deployment", "run_deployment", "wait_for_flow_run"]


@functools.wraps(arun_deployment, assigned=())  # __wrapped__: inspect shows its signature
def run_deployment(*args: Any, **kwargs: Any) -> Any:
    """Create a flow run of a deployment; return it when final or after ``timeout`` seconds.

    The parameters are :func:`arun_deployment`'s.  As Prefect's: inside an event
    loop (with an async client or none) this returns the coroutine of
    :func:`arun_deployment` to await; otherwise, or with a ``SyncPrefectClient``,
    it runs to completion and returns the flow run.
    """
    import anyio

    from .._async.client import PrefectClient

    client = kwargs.get("client", args[1] if len(args) > 1 else None)
    try:
        in_loop = anyio.get_current_task() is not None
    except RuntimeError:  # no event loop runs in this thread
        in_loop = False
    if isinstance(client, PrefectClient) or (client is None and in_loop):
        return arun_deployment(*args, **kwargs)
    from . import sync

    return sync.run_deployment(*args, **kwargs)
