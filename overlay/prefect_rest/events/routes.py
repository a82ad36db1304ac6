"""The websocket routes this package uses: part of the server contract, absent from OpenAPI.

Each route lists the messages exchanged and the public names that depend on it;
``prefect-rest drift --url`` checks each on a live server and names these
methods when a route is missing (``prefect_rest/drift/websockets.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WebsocketRoute:
    """One websocket route under the API root."""

    path: str
    #: messages the client sends, in order (Prefect's ``prefect`` subprotocol)
    sends: tuple[str, ...]
    #: messages the server sends
    receives: tuple[str, ...]
    #: public functions and classes that use the route
    methods: tuple[str, ...]
    #: server settings the route needs to deliver anything
    needs: tuple[str, ...] = ()


EVENTS_OUT = WebsocketRoute(
    path="/events/out",
    sends=('{"type": "auth", "token": ...}', '{"type": "filter", "filter": EventFilter}'),
    receives=('{"type": "auth_success"}', '{"type": "event", "event": ReceivedEvent}'),
    methods=(
        "prefect_rest.events.PrefectEventSubscriber",
        "prefect_rest.events.get_events_subscriber",
        "prefect_rest.events.FlowRunSubscriber",
        "prefect_rest.runs.wait_for_flow_run",
        "prefect_rest.runs.run_deployment",
    ),
)
EVENTS_IN = WebsocketRoute(
    path="/events/in",
    sends=('{"type": "auth", "token": ...}', "Event JSON, one per message"),
    receives=('{"type": "auth_success"}',),
    methods=(
        "prefect_rest.events.PrefectEventsClient",
        "prefect_rest.events.get_events_client",
        "prefect_rest.events.emit_event",
    ),
)
LOGS_OUT = WebsocketRoute(
    path="/logs/out",
    sends=('{"type": "auth", "token": ...}', '{"type": "filter", "filter": LogFilter}'),
    receives=('{"type": "auth_success"}', '{"type": "log", "log": Log}'),
    methods=(
        "prefect_rest.events.PrefectLogsSubscriber",
        "prefect_rest.events.get_logs_subscriber",
        "prefect_rest.events.FlowRunSubscriber",
    ),
    needs=(
        "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED",
        "PREFECT_SERVER_LOGS_STREAM_PUBLISHING_ENABLED",
    ),
)

ROUTES: tuple[WebsocketRoute, ...] = (EVENTS_OUT, EVENTS_IN, LOGS_OUT)
