"""Waiting for a flow run to be final: its state events, else polling.

The events stream tells at once (typically within 0.1 s of the state change);
polling reads the run every ``poll_interval`` seconds and is used where no
stream can be had (a client on an ASGI app, an older server or a proxy that
refuses websocket upgrades) and after the stream gave up reconnecting.
"""

from __future__ import annotations

import logging
from typing import Any
from uuid import UUID

import anyio
from prefect_rest_api import models as m

from ..exceptions import PrefectRestError

logger = logging.getLogger("prefect_rest.runs")

#: Prefect's final state types.
FINAL_STATES = frozenset({"COMPLETED", "FAILED", "CANCELLED", "CRASHED"})
#: Seconds between reads when polling, unless the caller gives ``poll_interval``.
DEFAULT_POLL_INTERVAL = 1.0


def is_final(run: m.FlowRunResponse) -> bool:
    """Whether ``run`` is in a final state."""
    state: Any = run.state
    if not state:
        return False
    return str(getattr(state.type, "value", state.type)) in FINAL_STATES


def run_filter(flow_run_id: UUID | str) -> dict[str, Any]:
    """The event filter of one flow run's events (Prefect's)."""
    return {
        "event": {"prefix": ["prefect.flow-run"]},
        "resource": {"id": [f"prefect.flow-run.{flow_run_id}"]},
    }


def _log_state(log_states: bool, name: str) -> None:
    if log_states:
        logger.info("Flow run is in state %r", name)


async def until_final(
    client: Any,
    flow_run_id: UUID,
    poll_interval: float | None = None,
    log_states: bool = False,
) -> m.FlowRunResponse:
    """Wait, without a time limit, until the run is final; return it read afresh."""
    from ..events import PrefectEventSubscriber, StreamUnavailable
    from ..events.reconnect import retryable_errors

    try:
        lost: tuple[type[BaseException], ...] = (*retryable_errors(), PrefectRestError)
    except ImportError:  # no websockets: the subscriber says so (StreamUnavailable)
        lost = (PrefectRestError, OSError, TimeoutError)

    try:
        async with PrefectEventSubscriber(
            filter=run_filter(flow_run_id), reconnect_on_clean_close=True, client=client
        ) as subscriber:
            run = await client.read_flow_run(flow_run_id)
            if is_final(run):
                _log_state(log_states, run.state.name)
                return run
            async for event in subscriber:
                state_type = event.resource.additional_properties.get("prefect.state-type")
                if not state_type:
                    continue
                _log_state(
                    log_states,
                    event.resource.additional_properties.get("prefect.state-name", state_type),
                )
                if state_type in FINAL_STATES:
                    return await client.read_flow_run(flow_run_id)
    except StreamUnavailable as exc:
        logger.info("no event stream (%s); polling flow run %s", exc, flow_run_id)
    except lost as exc:  # the reconnects ran out
        logger.info("event stream lost (%s); polling flow run %s", type(exc).__name__, flow_run_id)
    return await poll_until_final(client, flow_run_id, poll_interval, log_states)


async def poll_until_final(
    client: Any,
    flow_run_id: UUID,
    poll_interval: float | None = None,
    log_states: bool = False,
) -> m.FlowRunResponse:
    """Read the run every ``poll_interval`` seconds until it is final; outages are waited out."""
    interval = DEFAULT_POLL_INTERVAL if poll_interval is None else float(poll_interval)
    last = None
    while True:
        try:
            run = await client.read_flow_run(flow_run_id)
        except (PrefectRestError, OSError) as exc:
            if getattr(exc, "status_code", 500) < 500 and not isinstance(exc, OSError):
                raise
            logger.info("reading flow run %s failed (%s); retrying", flow_run_id, exc)
        else:
            name = run.state.name if run.state is not None else None
            if name != last:
                _log_state(log_states and name is not None, name or "")
                last = name
            if is_final(run):
                return run
        await anyio.sleep(interval)
