"""Event and log subscribers: live websocket streams that lose nothing across reconnects.

``PrefectEventSubscriber`` (``/events/out``) and ``PrefectLogsSubscriber``
(``/logs/out``) take Prefect's arguments.  Beyond Prefect's:

- any drop (server restart, proxy cut, network) is followed by reconnects with
  backoff, up to ``reconnection_attempts`` in a row;
- after every connect, the window since the last item seen is read again over
  REST (``/events/filter``, ``/logs/filter``) once the server has had time to
  store what was in flight, and items already delivered are dropped by id: a
  stream cut mid-way delivers each item once;
- they work with ``async with``/``async for`` and with ``with``/``for``.
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from collections import deque
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar
from uuid import UUID

import anyio
from prefect_rest_api import models as m

from ..exceptions import InvalidArgument
from . import filters, routes
from ._bridge import SyncBridge
from .clients import StreamClient
from .connection import StreamUnavailable, require_websockets
from .reconnect import pause_before_reconnect, retryable_errors, with_reconnects

logger = logging.getLogger("prefect_rest.events")

T = TypeVar("T", m.ReceivedEvent, m.Log)

#: Seconds after a connect at which the window is read again over REST: the
#: server's event persister stores events in batches (flush every 5 s by default).
CATCH_UP_DELAYS: tuple[float, ...] = (6.0, 15.0)
#: How far past the connect a catch-up window reaches (clock skew with the server).
CATCH_UP_MARGIN = datetime.timedelta(seconds=10)
#: Tries of one catch-up read (2 s apart) before it is given up with a warning.
CATCH_UP_TRIES = 5


class _Subscriber(SyncBridge, Generic[T]):
    """What both subscribers share: connect, handshake, reconnect, catch up, deduplicate."""

    kind: ClassVar[str]
    path: ClassVar[str]
    catch_up_delays: tuple[float, ...] = CATCH_UP_DELAYS

    def __init__(
        self,
        api_url: str | None = None,
        filter: Any = None,
        reconnection_attempts: int = 10,
        reconnect_on_clean_close: bool = False,
        *,
        client: Any = None,
    ) -> None:
        if isinstance(reconnection_attempts, bool) or not isinstance(reconnection_attempts, int):
            raise InvalidArgument("reconnection_attempts must be an integer")
        if reconnection_attempts < 0:
            raise InvalidArgument("reconnection_attempts must be a non-negative integer")
        require_websockets()
        self._filter = self._filter_json(filter)
        self._reconnection_attempts = reconnection_attempts
        self._reconnect_on_clean_close = reconnect_on_clean_close
        self._rest = StreamClient(client, api_url)
        self._socket: Any = None
        self._seen: dict[UUID, datetime.datetime] = {}
        self._buffer: deque[T] = deque()
        #: (due on the monotonic clock, since, until, tries so far)
        self._catch_ups: list[tuple[float, datetime.datetime, datetime.datetime, int]] = []
        self._since: datetime.datetime | None = filters.user_since(self.kind, self._filter)
        self._closed = False
        self._tasks: Any = None  #: runs the catch-up reads beside the stream
        self._recv_scope: anyio.CancelScope | None = None
        self.connections = 0  #: connects so far (1 + reconnects)

    # --- kind-specific --------------------------------------------------------

    def _filter_json(self, value: Any) -> dict[str, Any]:
        raise NotImplementedError

    async def _read_window(self, since: datetime.datetime, until: datetime.datetime) -> list[T]:
        raise NotImplementedError

    async def _check_available(self) -> None:
        """Raise when the server is known not to serve this stream."""

    # --- lifecycle ------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self._rest.open()
        try:
            self._tasks = anyio.create_task_group()
            await self._tasks.__aenter__()
            await self._check_available()
            await with_reconnects(self._connect, self._reconnection_attempts, self.path)
        except BaseException:
            await self._stop_tasks()
            await self._rest.close()
            raise
        return self

    async def _stop_tasks(self) -> None:
        tasks, self._tasks = self._tasks, None
        if tasks is not None:
            tasks.cancel_scope.cancel()
            await tasks.__aexit__(None, None, None)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._closed = True
        socket, self._socket = self._socket, None
        await self._stop_tasks()  # its scope must be the innermost one when it closes
        with anyio.CancelScope(shield=True):
            if socket is not None:
                await socket.close()
            await self._rest.close()

    def __aiter__(self) -> Self:
        return self

    # --- connecting -----------------------------------------------------------

    async def _connect(self) -> None:
        from .connection import open_stream

        assert self._rest.target is not None
        socket = await open_stream(self._rest.target, self.path)
        started = filters.now()
        if self._since is None:
            self._since = started - filters.BACKFILL
        window = filters.windowed(self.kind, self._filter, self._since, started + filters.OPEN_END)
        try:
            await socket.send(json.dumps({"type": "filter", "filter": window}))
        except BaseException:
            await socket.close()
            raise
        self._socket = socket
        self.connections += 1
        # what was in flight when the stream (re)started reaches the database a little later
        since, until = self._since, started + CATCH_UP_MARGIN
        for delay in self.catch_up_delays:
            self._catch_ups.append((time.monotonic() + delay, since, until, 0))
        self._catch_ups.sort(key=lambda entry: entry[0])

    # --- iterating ------------------------------------------------------------

    def _fresh(self, item: T) -> bool:
        """Whether ``item`` was not delivered before; marks it delivered."""
        if item.id in self._seen:
            return False
        moment = filters.moment_of(item)
        self._seen[item.id] = moment
        replay = moment - filters.BACKFILL
        if self._since is None or replay > self._since:
            self._since = replay
        if len(self._seen) > 50_000:  # forget what is far older than any replay window
            horizon = (self._since or moment) - datetime.timedelta(minutes=30)
            self._seen = {k: v for k, v in self._seen.items() if v >= horizon}
        return True

    async def _run_due_catch_ups(self, everything: bool = False) -> None:
        """Start the catch-up reads that are due (``everything``: run all of them now)."""
        current = time.monotonic()
        while self._catch_ups and (everything or self._catch_ups[0][0] <= current):
            since, until, tries = self._catch_ups.pop(0)[1:]
            if everything or self._tasks is None:
                await self._catch_up(since, until, tries, final=True)
            else:  # beside the stream: a live item does not wait for the REST read
                self._tasks.start_soon(self._catch_up, since, until, tries)

    async def _catch_up(
        self, since: datetime.datetime, until: datetime.datetime, tries: int, final: bool = False
    ) -> None:
        try:
            found = await self._read_window(since, until)
        except Exception as exc:  # the REST side is down too: try again a little later
            if final or tries + 1 >= CATCH_UP_TRIES:
                logger.warning(
                    "%s: reading %s..%s again failed (%s); items of it may be missing",
                    self.path,
                    filters.iso(since),
                    filters.iso(until),
                    type(exc).__name__,
                )
            else:
                logger.info(
                    "%s: catch-up read failed (%s); retrying", self.path, type(exc).__name__
                )
                self._catch_ups.append((time.monotonic() + 2.0, since, until, tries + 1))
                self._catch_ups.sort(key=lambda entry: entry[0])
                if self._recv_scope is not None:
                    self._recv_scope.cancel()  # the reader waits for the new due time
            return
        self._buffer.extend(found)
        if found and self._recv_scope is not None:
            self._recv_scope.cancel()  # wake the reader (cancelling recv() is safe)

    async def __anext__(self) -> T:
        if self._rest.client is None:
            raise RuntimeError(f"use `async with {type(self).__name__}(...)` before iterating")
        from websockets.exceptions import ConnectionClosed, ConnectionClosedOK

        failures = 0
        while True:
            while self._buffer:
                item = self._buffer.popleft()
                if self._fresh(item):
                    return item
            await self._run_due_catch_ups()
            if self._buffer:
                continue
            if self._closed:
                raise StopAsyncIteration
            try:
                if self._socket is None:
                    await self._connect()
                    failures = 0
                wait = self._catch_ups[0][0] - time.monotonic() if self._catch_ups else None
                raw = None
                with anyio.move_on_after(wait) as scope:
                    self._recv_scope = scope
                    try:
                        raw = await self._socket.recv()
                    finally:
                        self._recv_scope = None
                if raw is None:
                    continue
            except ConnectionClosed as exc:
                self._socket = None
                clean = isinstance(exc, ConnectionClosedOK) and _close_code(exc) == 1000
                if clean and not self._reconnect_on_clean_close:
                    await self._run_due_catch_ups(everything=True)
                    self._closed = True
                    continue
                failures += 1
                if failures > self._reconnection_attempts:
                    raise
                await pause_before_reconnect(self.path, failures, self._reconnection_attempts, exc)
                continue
            except retryable_errors() as exc:
                self._socket = None
                failures += 1
                if failures > self._reconnection_attempts:
                    raise
                await pause_before_reconnect(self.path, failures, self._reconnection_attempts, exc)
                continue
            decoded: Any = filters.decode(self.kind, json.loads(raw))
            if decoded is not None and self._fresh(decoded):
                return decoded  # type: ignore[no-any-return]


def _close_code(exc: Any) -> int | None:
    frame = exc.rcvd or exc.sent
    return None if frame is None else frame.code


class PrefectEventSubscriber(_Subscriber[m.ReceivedEvent]):
    """Events as they occur (``/events/out``), as ``ReceivedEvent`` models.

    ``filter``: our ``EventFilter``, a dict or Prefect's ``EventFilter``; its time
    window is the subscription's (from a minute before it starts, as Prefect's).
    ``client``: the client whose server and settings to use (default: ``api_url``,
    else ``get_client()``'s).
    """

    kind = "event"
    path = routes.EVENTS_OUT.path

    def _filter_json(self, value: Any) -> dict[str, Any]:
        return filters.event_filter_json(value)

    async def _read_window(
        self, since: datetime.datetime, until: datetime.datetime
    ) -> list[m.ReceivedEvent]:
        window = filters.windowed("event", self._filter, since, until)
        return [event async for event in self._rest.client.iter_events(window, page_size=50)]


class PrefectLogsSubscriber(_Subscriber[m.Log]):
    """Logs as they are written (``/logs/out``), as ``Log`` models.

    The server streams logs only with ``PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED``
    and ``PREFECT_SERVER_LOGS_STREAM_PUBLISHING_ENABLED`` both on; entering raises
    :class:`LogsStreamDisabled` naming them when the server says they are off.
    """

    kind = "log"
    path = routes.LOGS_OUT.path
    catch_up_delays = (0.0, *CATCH_UP_DELAYS)

    def _filter_json(self, value: Any) -> dict[str, Any]:
        return filters.log_filter_json(value)

    async def _read_window(self, since: datetime.datetime, until: datetime.datetime) -> list[m.Log]:
        window = filters.windowed("log", self._filter, since, until)
        return [log async for log in self._rest.client.iter_logs(window)]

    async def _check_available(self) -> None:
        off = await logs_stream_settings_off(self._rest.client)
        if off:
            raise LogsStreamDisabled(
                "the server does not stream logs: set "
                "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED=true and "
                "PREFECT_SERVER_LOGS_STREAM_PUBLISHING_ENABLED=true on the server "
                f"(off now: {', '.join(off)})"
            )


class LogsStreamDisabled(StreamUnavailable):
    """The server's log stream is off (it needs two server settings)."""


async def logs_stream_settings_off(client: Any) -> list[str]:
    """The logs-stream server settings that ``/admin/settings`` reports off ([] if unknown)."""
    try:
        response = await client.request("GET", "/admin/settings")
        logs_settings = response.json()["server"]["logs"]
    except Exception:  # not readable (Prefect Cloud, an older server): let the stream tell
        return []
    names = {
        "stream_out_enabled": "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED",
        "stream_publishing_enabled": "PREFECT_SERVER_LOGS_STREAM_PUBLISHING_ENABLED",
    }
    return [var for key, var in names.items() if logs_settings.get(key) is False]


def get_events_subscriber(
    filter: Any = None,
    reconnection_attempts: int = 10,
    reconnect_on_clean_close: bool = False,
) -> PrefectEventSubscriber:
    """An event subscriber for ``PREFECT_API_URL`` (or the in-process server), as Prefect's."""
    return PrefectEventSubscriber(
        filter=filter,
        reconnection_attempts=reconnection_attempts,
        reconnect_on_clean_close=reconnect_on_clean_close,
    )


def get_logs_subscriber(
    filter: Any = None,
    reconnection_attempts: int = 10,
    reconnect_on_clean_close: bool = False,
) -> PrefectLogsSubscriber:
    """A logs subscriber for ``PREFECT_API_URL`` (or the in-process server), as Prefect's."""
    return PrefectLogsSubscriber(
        filter=filter,
        reconnection_attempts=reconnection_attempts,
        reconnect_on_clean_close=reconnect_on_clean_close,
    )
