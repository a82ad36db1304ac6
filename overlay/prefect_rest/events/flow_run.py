"""``FlowRunSubscriber``: one flow run's events and logs, interleaved, until it is final.

As Prefect's ``prefect.events.subscribers.FlowRunSubscriber``, with two changes:
a lost stream is reconnected and caught up by the subscribers underneath rather
than ending the iteration (Prefect's ends early when its websocket dies), and
where the server does not stream logs they are read over REST every second.
"""

from __future__ import annotations

import contextlib
import logging
import math
from types import TracebackType
from typing import Any, Self
from uuid import UUID

import anyio
from prefect_rest_api import models as m

from .._args import uuid_arg
from ._bridge import SyncBridge
from .connection import StreamUnavailable
from .subscriber import PrefectEventSubscriber, PrefectLogsSubscriber

logger = logging.getLogger("prefect_rest.events")

_FINAL = frozenset({"COMPLETED", "FAILED", "CANCELLED", "CRASHED"})
#: Seconds between REST reads of the run's logs when the server does not stream them.
LOG_POLL_INTERVAL = 1.0


class FlowRunSubscriber(SyncBridge):
    """Events and logs of one flow run, interleaved (``ReceivedEvent`` and ``Log`` items).

    Ends ``straggler_timeout`` seconds after the run's final state event once no
    more logs arrive.  ``client``: whose server and settings to use (default:
    ``get_client()``'s).
    """

    def __init__(
        self,
        flow_run_id: UUID,
        straggler_timeout: int = 3,
        reconnection_attempts: int = 10,
        *,
        client: Any = None,
    ) -> None:
        self._flow_run_id = uuid_arg("flow_run_id", flow_run_id)
        self._straggler_timeout = straggler_timeout
        self._reconnection_attempts = reconnection_attempts
        self._given_client = client
        self._resource_id = f"prefect.flow-run.{self._flow_run_id}"
        self._flow_completed = False
        self._open_streams = 0
        self._stack: contextlib.AsyncExitStack | None = None
        self._send: Any = None
        self._receive: Any = None
        self._tasks: Any = None

    async def __aenter__(self) -> Self:
        from ..runs.clients import using_client

        stack = contextlib.AsyncExitStack()
        await stack.__aenter__()
        try:
            rest = await stack.enter_async_context(using_client(self._given_client))
            events = PrefectEventSubscriber(
                filter={"any_resource": {"id": [self._resource_id]}},
                reconnection_attempts=self._reconnection_attempts,
                reconnect_on_clean_close=True,
                client=rest,
            )
            await stack.enter_async_context(events)
            logs: PrefectLogsSubscriber | None = PrefectLogsSubscriber(
                filter={"flow_run_id": {"any_": [str(self._flow_run_id)]}},
                reconnection_attempts=self._reconnection_attempts,
                reconnect_on_clean_close=True,
                client=rest,
            )
            try:
                await stack.enter_async_context(logs)  # type: ignore[arg-type]
            except StreamUnavailable as exc:
                logger.info("no log stream (%s); reading the run's logs over REST", exc)
                logs = None
            self._send, self._receive = anyio.create_memory_object_stream[Any](math.inf)
            self._tasks = await stack.enter_async_context(anyio.create_task_group())
            self._open_streams = 2
            self._tasks.start_soon(self._consume_events, events)
            self._tasks.start_soon(self._consume_logs, logs, rest)
        except BaseException:
            await stack.aclose()
            raise
        self._stack = stack
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        stack, self._stack = self._stack, None
        if self._tasks is not None:
            self._tasks.cancel_scope.cancel()
        if stack is not None:
            await stack.__aexit__(exc_type, exc, tb)

    def __aiter__(self) -> Self:
        return self

    def is_terminal_event(self, event: m.ReceivedEvent) -> bool:
        """Whether ``event`` says this run reached a final state."""
        resource = event.resource.additional_properties
        if resource.get("prefect.resource.id") != self._resource_id:
            return False
        state_type = resource.get("prefect.state-type")
        if not state_type and isinstance(event.payload, dict):
            state_type = (event.payload.get("validated_state") or {}).get("type")
        return state_type in _FINAL

    async def __anext__(self) -> m.ReceivedEvent | m.Log:
        while self._open_streams > 0:
            if self._flow_completed:
                with anyio.move_on_after(self._straggler_timeout):
                    item = await self._receive.receive()
                    break
                raise StopAsyncIteration
            item = await self._receive.receive()
            break
        else:
            raise StopAsyncIteration
        if item is None:
            self._open_streams -= 1
            return await self.__anext__()
        if isinstance(item, Exception):
            raise item
        return item

    async def _consume_events(self, events: PrefectEventSubscriber) -> None:
        try:
            async for event in events:
                await self._send.send(event)
                if self.is_terminal_event(event):
                    self._flow_completed = True
                    break
            else:
                if not self._flow_completed:
                    await self._send.send(
                        ConnectionError("Flow run events stream closed unexpectedly")
                    )
        except Exception as exc:
            await self._send.send(exc)
        finally:
            self._send.send_nowait(None)

    async def _consume_logs(self, logs: PrefectLogsSubscriber | None, rest: Any) -> None:
        try:
            if logs is not None:
                async for log in logs:
                    await self._send.send(log)
            else:
                await self._poll_logs(rest)
        except Exception as exc:
            await self._send.send(exc)
        finally:
            self._send.send_nowait(None)

    async def _poll_logs(self, rest: Any) -> None:
        seen: set[UUID] = set()
        log_filter = {"flow_run_id": {"any_": [str(self._flow_run_id)]}}
        while True:
            async for log in rest.iter_logs(log_filter):
                if log.id not in seen:
                    seen.add(log.id)
                    await self._send.send(log)
            await anyio.sleep(LOG_POLL_INTERVAL)
