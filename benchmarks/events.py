"""Event streams: ours against Prefect's ``PrefectEventSubscriber`` on one ``prefect server start``.

Rows: events received per second through the subscriber (N stored events sent
to a new subscriber, timed from opening it to the last event received), and the latency from calling ``set_flow_run_state`` to the state's
event arriving (median and p99 of many state changes, all contenders listening at once).  The limit is a bare
``websockets`` connection doing the same handshake and ``json.loads`` per message.
"""

from __future__ import annotations

import datetime
import json
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import anyio

from .harness import TABLE, Context, record

#: Events per throughput run, and state changes per latency run.
EVENTS = 2000
CHANGES = 40


def _event(tag: str, i: int) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "event": f"{tag}.n{i}",
        "occurred": datetime.datetime.now(datetime.UTC).isoformat(),
        "resource": {"prefect.resource.id": f"bench.{tag}"},
    }


# --- the three contenders: open a subscription to `prefix`, give an async iterator of names -----


async def _ours(url: str, prefix: str) -> Any:
    from prefect_rest.events import PrefectEventSubscriber

    subscriber = PrefectEventSubscriber(url, filter={"event": {"prefix": [prefix]}})
    await subscriber.__aenter__()
    return subscriber, lambda event: event.event


async def _prefects(url: str, prefix: str) -> Any:
    from prefect.events.clients import PrefectEventSubscriber
    from prefect.events.filters import EventFilter, EventNameFilter

    event_filter = EventFilter(event=EventNameFilter(prefix=[prefix]))
    subscriber = PrefectEventSubscriber(api_url=url, filter=event_filter)
    await subscriber.__aenter__()
    return subscriber, lambda event: event.event


class _Bare:
    """The limit: one websocket, Prefect's handshake, ``json.loads`` per message."""

    def __init__(self, socket: Any) -> None:
        self.socket = socket

    def __aiter__(self) -> _Bare:
        return self

    async def __anext__(self) -> dict[str, Any]:
        return json.loads(await self.socket.recv())["event"]

    async def __aexit__(self, *exc: object) -> None:
        await self.socket.close()


async def _bare(url: str, prefix: str) -> Any:
    from websockets.asyncio.client import connect

    socket = await connect(
        url.replace("http://", "ws://") + "/events/out", subprotocols=["prefect"]
    )
    await socket.send(json.dumps({"type": "auth", "token": None}))
    await socket.recv()
    now = datetime.datetime.now(datetime.UTC)
    window = {
        "since": (now - datetime.timedelta(minutes=1)).isoformat(),
        "until": (now + datetime.timedelta(days=1)).isoformat(),
    }
    await socket.send(
        json.dumps(
            {"type": "filter", "filter": {"event": {"prefix": [prefix]}, "occurred": window}}
        )
    )
    return _Bare(socket), lambda event: event["event"]


OPEN: dict[str, Callable[[str, str], Awaitable[Any]]] = {
    "limit (bare websockets)": _bare,
    "ours": _ours,
    "Prefect": _prefects,
}


async def _post_and_store(url: str, tag: str) -> None:
    """Post ``EVENTS`` events tagged ``tag`` and wait until the server has stored them all."""
    from prefect_rest import PrefectClient

    async with PrefectClient(url) as rest:
        for start in range(0, EVENTS, 100):
            await rest.create_events([_event(tag, i) for i in range(start, start + 100)])
        with anyio.fail_after(120):
            while (await rest.read_events({"event": {"prefix": [tag]}}, limit=1)).total < EVENTS:
                await anyio.sleep(0.5)


async def _throughput(url: str, opener: Callable[[str, str], Awaitable[Any]]) -> float:
    """Events per second a new subscriber receives of ``EVENTS`` stored ones (the backfill).

    The server sends stored events as fast as its database pages them (live
    events it would drop for a subscriber that falls 256 behind), so this times
    the subscriber and the server's sending, not the server's ingestion.
    """
    tag = f"bench.tp.{uuid.uuid4().hex[:8]}"
    await _post_and_store(url, tag)
    first = time.perf_counter()
    subscriber, _ = await opener(url, tag)
    received = 0
    try:
        with anyio.fail_after(120):
            async for _ in subscriber:
                received += 1
                if received == EVENTS:
                    break
    finally:
        await subscriber.__aexit__(None, None, None)
    return EVENTS / (time.perf_counter() - first)


async def _latencies(url: str) -> dict[str, list[float]]:
    """Seconds from calling ``set_flow_run_state`` to each contender receiving the event.

    All contenders listen at once to the same state changes, so the server's
    moment-to-moment speed (its persister, its other clients) falls on all alike.
    """
    from prefect_rest import PrefectClient

    async with PrefectClient(url) as rest:
        flow_id = await rest.create_flow_from_name("bench-latency")
        response = await rest.request("POST", "/flow_runs/", json={"flow_id": str(flow_id)})
        run_id = response.json()["id"]
        prefix = f"L{run_id.replace('-', '')[:8]}x"
        opened = {
            who: await opener(url, f"prefect.flow-run.{prefix}") for who, opener in OPEN.items()
        }
        started: dict[str, float] = {}
        out: dict[str, list[float]] = {who: [] for who in OPEN}

        async def listen(who: str) -> None:
            subscriber, name_of = opened[who]
            async for event in subscriber:
                arrived = time.perf_counter()
                sent = started.get(name_of(event))
                if sent is not None:
                    out[who].append(arrived - sent)

        try:
            async with anyio.create_task_group() as tasks:
                for who in OPEN:
                    tasks.start_soon(listen, who)
                await anyio.sleep(1)  # every subscription registered on the server
                for i in range(CHANGES):
                    name = f"{prefix}{i}"
                    started[f"prefect.flow-run.{name}"] = time.perf_counter()
                    await rest.set_flow_run_state(
                        run_id, {"type": "RUNNING", "name": name}, force=True
                    )
                    await anyio.sleep(0.1)
                with anyio.move_on_after(30):
                    while any(len(values) < CHANGES for values in out.values()):
                        await anyio.sleep(0.1)
                tasks.cancel_scope.cancel()
        finally:
            for subscriber, _ in opened.values():
                await subscriber.__aexit__(None, None, None)
    return out


def bench(ctx: Context) -> None:
    """The event-stream rows, every contender against the same server.

    For the throughput the contenders take turns within each round, in a rotating
    order, so a slow spell of the shared machine falls on all of them; for the
    latency they listen at once to the same state changes.
    """
    url = ctx.prefect_server_url()
    rounds = 3 if ctx.quick else 5
    names = list(OPEN)
    rates: dict[str, list[float]] = {who: [] for who in names}
    latencies: dict[str, list[float]] = {who: [] for who in names}
    failed: set[str] = set()
    for r in range(rounds):
        for who in names[r % len(names) :] + names[: r % len(names)]:
            if who in failed:
                continue
            try:
                rates[who].append(anyio.run(_throughput, url, OPEN[who]))
            except Exception as exc:
                print(f"  events | {who}: FAILED: {exc!r}", file=sys.stderr, flush=True)
                failed.add(who)
    try:
        for _ in range(rounds):
            for who, values in anyio.run(_latencies, url).items():
                latencies[who].extend(values)
    except Exception as exc:
        print(f"  events latency: FAILED: {exc!r}", file=sys.stderr, flush=True)
    throughput_row = f"events received per second through the subscriber ({EVENTS} events)"
    for who in names:
        if who in failed or not rates[who]:
            TABLE.failed(throughput_row, who, "ev/s")
            continue
        record(throughput_row, who, rates[who], unit="ev/s")
    for who in names:
        values = latencies[who]
        if len(values) < 2:
            TABLE.failed("latency set_flow_run_state -> event, median", who, "ms")
            continue
        record("latency set_flow_run_state -> event, median", who, values)
        record(
            "latency set_flow_run_state -> event, p99", who, statistics.quantiles(values, n=100)[98]
        )
