"""Logs (write and read) and events (write, read, page, count)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from prefect_rest_api import api as ops

from .. import models as m
from .._args import (
    bad_argument,
    count_arg,
    enum_arg,
    filter_arg,
    models_arg,
    page_size_arg,
    page_token_arg,
)
from .._bodies import filter_body
from ._paging import offset_paged
from ._replay import AsyncReplayMixin

if TYPE_CHECKING:
    from prefect_rest_api.models import Event, EventCount, EventPage, Log, LogCreate, ReceivedEvent


#: Log lines per request in ``create_logs``.
LOG_BATCH_SIZE = 200


class AsyncLogsEventsMixin(AsyncReplayMixin):
    """The log and event methods."""

    async def create_logs(self, logs: Iterable[LogCreate | Mapping[str, Any]]) -> None:
        """Write logs of flow or task runs (``LogCreate`` models or dicts).

        Every line is checked before anything is sent. The lines go in batches of
        ``LOG_BATCH_SIZE`` (200), one request each, so that a long write does not hold
        the server's database (the in-process server's write gate, SQLite's write lock)
        for seconds while other requests wait. All or error: it returns once every
        line is stored; otherwise it raises the first failing batch's error and sends
        no later batch (the batches before it are stored: the API has no transaction
        across requests). Prefect's client sends one request for all lines.

        A batch whose answer was lost (the connection dropped, a 502) is not sent
        again blindly: the lines the server already holds are read back and only
        the others are sent, so no line is stored twice.
        """
        body = models_arg("logs", logs, m.LogCreate)
        for start in range(0, len(body), LOG_BATCH_SIZE):
            await self._create_logs_once(body[start : start + LOG_BATCH_SIZE])

    async def read_logs(
        self,
        log_filter: Any = None,
        limit: int | None = None,
        offset: int | None = None,
        sort: Any = None,
    ) -> list[Log]:
        """Read logs matching ``log_filter`` (a ``LogFilter`` or dict), oldest first by default."""
        body = filter_body(
            m.ReadLogsBody,
            m.LogSort,
            log_filter=log_filter,
            sort=m.LogSort.TIMESTAMP_ASC if sort is None else sort,
            limit=limit,
            offset=offset,
        )
        return await self._request(ops.logs.read_logs, body=body)

    def iter_logs(
        self,
        log_filter: Any = None,
        sort: Any = None,
        *,
        offset: int = 0,
        page_size: int = 200,
    ) -> AsyncIterator[Log]:
        """Every log matching ``log_filter`` (as for ``read_logs``), a page at a time."""
        filters = {"log_filter": log_filter, "sort": sort, "offset": offset}
        return offset_paged(self.read_logs, page_size, filters)

    async def create_events(self, events: Iterable[Event | Mapping[str, Any]]) -> None:
        """Send events (``Event`` models or dicts with ``id``, ``event``, ``occurred``, ``resource``)."""
        body = models_arg("events", events, m.Event)
        await self._request(ops.events.create_events, body=body)

    async def read_events(
        self,
        filter: Any = None,  # the reference's name
        limit: int = 100,
    ) -> EventPage:
        """The first page of events matching ``filter`` (an ``EventFilter`` or dict).

        The page has ``events``, the ``total`` matching and ``next_page`` (a URL
        for :meth:`read_events_page`, or None on the last page).
        """
        checked = count_arg("limit", limit)
        body = m.ReadEventsBody() if checked is None else m.ReadEventsBody(limit=checked)
        event_filter = filter_arg("filter", filter, m.EventFilter)
        if event_filter is not None:
            body.filter = event_filter
        return await self._request(ops.events.read_events, body=body)

    async def read_events_page(self, next_page_url: str) -> EventPage:
        """The page of events a previous page's ``next_page`` URL (or its token) points at."""
        return await self._request(
            ops.events.read_account_events_page, page_token=page_token_arg(next_page_url)
        )

    async def iter_events(
        self,
        filter: Any = None,
        page_size: int = 100,
    ) -> AsyncIterator[ReceivedEvent]:
        """Every event matching ``filter``, following the ``next_page`` links."""
        page = await self.read_events(filter, limit=page_size_arg(page_size))
        while True:
            for event in page.events:
                yield event
            if not page.next_page or not page.events:
                return
            page = await self.read_events_page(page.next_page)

    async def count_events(
        self,
        countable: Any,
        filter: Any = None,
        time_unit: Any = None,
        time_interval: float | None = None,
    ) -> list[EventCount]:
        """Count the events matching ``filter`` by ``countable``: "event", "resource", "day" or "time".

        ``time_unit`` and ``time_interval`` size the buckets of a "time" count.
        """
        if isinstance(countable, str):
            countable = countable.upper()
        kind = enum_arg("countable", countable, m.Countable)
        if kind is None:
            raise bad_argument("countable", countable, "a Countable")
        fields: dict[str, Any] = {
            "filter": filter_arg("filter", filter, m.EventFilter) or m.EventFilter()
        }
        if time_unit is not None:
            unit = time_unit.upper() if isinstance(time_unit, str) else time_unit
            fields["time_unit"] = enum_arg("time_unit", unit, m.TimeUnit)
        if time_interval is not None:
            if isinstance(time_interval, bool) or not isinstance(time_interval, int | float):
                raise bad_argument("time_interval", time_interval, "a number")
            fields["time_interval"] = float(time_interval)
        return await self._request(
            ops.events.count_account_events,
            countable=kind,
            body=m.CountAccountEventsBody(**fields),
        )
