"""Prefect's websocket streams: event and log subscribers, the events emitter.

    from prefect_rest.events import PrefectEventSubscriber

    async with PrefectEventSubscriber(filter={"event": {"prefix": ["prefect.flow-run."]}}) as s:
        async for event in s:
            print(event.occurred, event.resource["prefect.resource.id"], event.event)

Needs the ``events`` extra (``pip install 'prefect-rest[events]'``: ``websockets``).
"""

from __future__ import annotations

from .connection import StreamAuthError, StreamUnavailable
from .emitter import PrefectEventsClient, emit_event, flush_events, get_events_client
from .flow_run import FlowRunSubscriber
from .subscriber import (
    LogsStreamDisabled,
    PrefectEventSubscriber,
    PrefectLogsSubscriber,
    get_events_subscriber,
    get_logs_subscriber,
)

__all__ = [
    "FlowRunSubscriber",
    "LogsStreamDisabled",
    "PrefectEventSubscriber",
    "PrefectEventsClient",
    "PrefectLogsSubscriber",
    "StreamAuthError",
    "StreamUnavailable",
    "emit_event",
    "flush_events",
    "get_events_client",
    "get_events_subscriber",
    "get_logs_subscriber",
]
