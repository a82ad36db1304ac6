"""Sending events over ``/events/in``: ``PrefectEventsClient`` and ``emit_event``.

Events are sent as websocket messages; the server does not answer each one, so
(as Prefect's client) a ping every ``checkpoint_every`` events or
``checkpoint_interval`` seconds confirms everything sent before it.  Events not
yet confirmed when the connection drops are sent again after the reconnect;
events carry their id and the server stores one event per id, so a resend never
stores an event twice (``tests/test_events_emit.py``).
"""

from __future__ import annotations

import atexit
import contextlib
import datetime
import json
import logging
import threading
import time
import uuid
from concurrent.futures import Future
from types import TracebackType
from typing import Any, Self

import anyio
from prefect_rest_api import models as m

from .._args import model_arg
from ..exceptions import InvalidArgument
from . import filters, routes
from .clients import StreamClient
from .connection import open_stream, require_websockets
from .reconnect import with_reconnects

logger = logging.getLogger("prefect_rest.events")


class PrefectEventsClient:
    """Streams events to the server (``/events/in``), as Prefect's ``PrefectEventsClient``.

    ``client``: whose server and settings to use (default: ``api_url``, else
    ``get_client()``'s).  Use as ``async with``; :meth:`emit` sends one event.
    """

    def __init__(
        self,
        api_url: str | None = None,
        reconnection_attempts: int = 10,
        checkpoint_every: int = 700,
        checkpoint_interval: float = 30.0,
        *,
        client: Any = None,
    ) -> None:
        if isinstance(reconnection_attempts, bool) or not isinstance(reconnection_attempts, int):
            raise InvalidArgument("reconnection_attempts must be an integer")
        require_websockets()
        self._reconnection_attempts = max(0, reconnection_attempts)
        self._checkpoint_every = checkpoint_every
        self._checkpoint_interval = checkpoint_interval
        self._rest = StreamClient(client, api_url)
        self._socket: Any = None
        self._unconfirmed: list[tuple[uuid.UUID, str]] = []
        self._last_checkpoint = time.monotonic()
        self._lock: anyio.Lock | None = None
        self.connections = 0  #: connects so far

    async def __aenter__(self) -> Self:
        await self._rest.open()
        self._lock = anyio.Lock()
        try:
            await self._with_retries(self._reconnect)
        except BaseException:
            await self._rest.close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            with anyio.CancelScope(shield=True):
                if self._unconfirmed:
                    await self._with_retries(self._confirm)
        finally:
            socket, self._socket = self._socket, None
            with anyio.CancelScope(shield=True):
                if socket is not None:
                    await socket.close()
                await self._rest.close()

    @property
    def unconfirmed(self) -> int:
        """Events sent but not yet confirmed by a checkpoint."""
        return len(self._unconfirmed)

    async def emit(self, event: Any) -> None:
        """Send ``event`` (our ``Event``, a dict or Prefect's ``Event``); reconnect if needed."""
        model = model_arg("event", event, m.Event)
        raw = model.to_dict()
        assert self._lock is not None, "use `async with PrefectEventsClient(...)`"
        async with self._lock:
            self._unconfirmed.append((uuid.UUID(str(raw["id"])), json.dumps(raw)))
            await self._with_retries(self._send_last)

    async def _send_last(self) -> None:
        if self._socket is None:
            await self._reconnect()  # resends everything unconfirmed, this event too
        else:
            await self._socket.send(self._unconfirmed[-1][1])
        due = (
            len(self._unconfirmed) >= self._checkpoint_every
            or time.monotonic() - self._last_checkpoint >= self._checkpoint_interval
        )
        if due:
            await self._confirm()

    async def _confirm(self) -> None:
        """Ping; the pong confirms every message sent before it."""
        if self._socket is None:
            await self._reconnect()
        count = len(self._unconfirmed)
        pong = await self._socket.ping()
        await pong
        del self._unconfirmed[:count]
        self._last_checkpoint = time.monotonic()

    async def _reconnect(self) -> None:
        assert self._rest.target is not None
        socket, self._socket = self._socket, None
        if socket is not None:
            await socket.close()
        socket = await open_stream(self._rest.target, routes.EVENTS_IN.path)
        self.connections += 1
        for _, text in self._unconfirmed:
            await socket.send(text)
        self._socket = socket
        logger.debug("/events/in: connected; %d unconfirmed events resent", len(self._unconfirmed))

    async def _with_retries(self, step: Any) -> None:
        await with_reconnects(step, self._reconnection_attempts, "/events/in", self._lost)

    def _lost(self) -> None:
        self._socket = None


def get_events_client(
    reconnection_attempts: int = 10,
    checkpoint_every: int = 700,
    checkpoint_interval: float = 30.0,
) -> PrefectEventsClient:
    """An events client for ``PREFECT_API_URL`` (or the in-process server), as Prefect's."""
    return PrefectEventsClient(
        reconnection_attempts=reconnection_attempts,
        checkpoint_every=checkpoint_every,
        checkpoint_interval=checkpoint_interval,
    )


class _Worker:
    """The process's background emitter: one events client on a helper event loop thread."""

    def __init__(self) -> None:
        from anyio.from_thread import start_blocking_portal

        self._portal_cm = start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        self._pending: set[Future[Any]] = set()
        self._lock = threading.Lock()
        self._client = PrefectEventsClient()
        self._portal.call(self._client.__aenter__)

    def submit(self, event: m.Event) -> None:
        future = self._portal.start_task_soon(self._client.emit, event)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)
        if not future.cancelled() and future.exception() is not None:
            logger.warning("emitting an event failed: %s", future.exception())

    def flush(self, timeout: float | None = None) -> None:
        with self._lock:
            pending = list(self._pending)
        deadline = None if timeout is None else time.monotonic() + timeout
        for future in pending:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            with contextlib.suppress(Exception):  # reported by _done
                future.result(left)
        self._portal.call(self._client._with_retries, self._client._confirm)

    def close(self, timeout: float = 5.0) -> None:
        try:
            self.flush(timeout)
            self._portal.call(self._client.__aexit__, None, None, None)
        finally:
            self._portal_cm.__exit__(None, None, None)


_worker: _Worker | None = None
_worker_lock = threading.Lock()


def _get_worker() -> _Worker:
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = _Worker()
            atexit.register(_close_worker)
        return _worker


def _close_worker() -> None:
    global _worker
    with _worker_lock:
        worker, _worker = _worker, None
    if worker is not None:
        worker.close()


def flush_events(timeout: float | None = None) -> None:
    """Wait until every event ``emit_event`` sent so far is confirmed by the server."""
    if _worker is not None:
        _worker.flush(timeout)


def emit_event(
    event: str,
    resource: dict[str, str],
    occurred: datetime.datetime | None = None,
    related: list[dict[str, str]] | list[Any] | None = None,
    payload: dict[str, Any] | None = None,
    id: uuid.UUID | None = None,
    follows: Any = None,
    **kwargs: Any,
) -> m.Event:
    """Send an event to Prefect in the background (Prefect's signature); return it.

    The event goes out on the process's events client (``PREFECT_API_URL`` or the
    in-process server) from a helper thread; :func:`flush_events` waits for it, and
    what is pending is flushed at exit.  ``follows`` (an event) is kept when it
    happened at most 5 minutes before this one, as in Prefect.
    """
    moment = occurred or filters.now()
    raw: dict[str, Any] = {
        "id": str(id or uuid.uuid4()),
        "event": event,
        "resource": resource,
        "occurred": filters.iso(moment),
        **kwargs,
    }
    if related is not None:
        raw["related"] = [
            model_arg("related", item, m.RelatedResource).to_dict() for item in related
        ]
    if payload is not None:
        raw["payload"] = payload
    if follows is not None:
        before = model_arg("follows", follows, m.Event)
        previous = (
            before.occurred
            if before.occurred.tzinfo
            else before.occurred.replace(tzinfo=datetime.UTC)
        )
        if datetime.timedelta(0) <= moment - previous <= datetime.timedelta(minutes=5):
            raw["follows"] = str(before.id)
    model = model_arg("event", raw, m.Event)
    _get_worker().submit(model)
    return model
