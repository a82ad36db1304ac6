"""The in-process app on a 127.0.0.1 port, for code that needs a URL (Prefect's engine, websockets).

uvicorn (installed with Prefect) serves on the server's own event loop, so the app,
its engines and services stay on one loop. Requests pass through :class:`GatedApp`:
the server's settings, the write gate and the busy-database retry, as requests of
the in-process transports do. uvicorn runs without its own logging configuration,
lifespan (the app's runs already) or signal handlers (not the main thread).
"""

from __future__ import annotations

import functools
import logging
import socket
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from .gate import BUSY_PAUSES, database_busy, writes

if TYPE_CHECKING:
    import concurrent.futures

    from .app import Server

__all__ = ["GatedApp", "Loopback"]

logger = logging.getLogger("prefect_rest.ephemeral")

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class GatedApp:
    """ASGI wrapper: the server's settings around every request, writes through the gate."""

    def __init__(self, server: Server) -> None:
        self.server = server

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        server = self.server
        if scope["type"] == "lifespan":  # the app's lifespan is run by the server
            return
        if not server.default_ready and not server.isolation.open:
            await server.open_default()
        gate = server.gate
        assert gate is not None and server.app is not None
        with server.settings_context.model_copy():
            try:
                if not (
                    scope["type"] == "http"
                    and gate.enabled
                    and writes(scope.get("method", "GET"), scope.get("path", ""))
                ):
                    await server.app(scope, receive, send)
                    return
                await gate.take_turn(None)
                try:
                    await self._write(scope, receive, send)
                finally:
                    gate.end_turn()
            except Exception:  # uvicorn answers 500; say which request and why
                logger.exception(
                    "the in-process app failed on %s %s", scope.get("method"), scope.get("path")
                )
                raise

    async def _write(self, scope: Message, receive: Receive, send: Send) -> None:
        """Serve a write, again after a pause when the database was busy (as in-process)."""
        import anyio

        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
        for pause in (*BUSY_PAUSES, None):
            delivered = False

            async def replay() -> Message:
                nonlocal delivered
                if delivered:
                    return await receive()  # waits for the client to disconnect
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}

            answer: list[Message] = []

            async def keep(message: Message, answer: list[Message] = answer) -> None:
                answer.append(message)

            # A copy per attempt: routing writes into the scope (a mount's root_path ...).
            failure: Exception | None = None
            try:
                await self.server.app(dict(scope), replay, keep)
            except Exception as exc:
                # Starlette sends the exception handler's answer (503 for "database is
                # locked"), then raises again for the server's log: judge the answer.
                if not answer:
                    raise
                failure = exc
            status = next((m["status"] for m in answer if m["type"] == "http.response.start"), 0)
            content = b"".join(
                m.get("body", b"") for m in answer if m["type"] == "http.response.body"
            )
            if pause is None or not database_busy(status, content):
                for message in answer:
                    await send(message)
                if failure is not None:
                    raise failure
                return
            await anyio.sleep(pause)


class Loopback:
    """uvicorn serving :class:`GatedApp` on ``127.0.0.1:<free port>`` (server loop)."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.port = 0
        self._uvicorn: Any = None
        self._serving: concurrent.futures.Future[None] | None = None

    @property
    def api_url(self) -> str:
        """``http://127.0.0.1:PORT/api``."""
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> str:
        """Start serving (from a thread other than the server loop's); return the API URL."""
        import uvicorn

        portal = self.server.require_portal()
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        self.port = listener.getsockname()[1]
        config = uvicorn.Config(
            GatedApp(self.server),
            lifespan="off",
            log_config=None,
            access_log=False,
            ws_ping_interval=None,
        )
        self._uvicorn = uvicorn.Server(config)
        self._serving = portal.start_task_soon(
            functools.partial(self._uvicorn.serve, sockets=[listener])
        )
        portal.call(self._wait_started)
        return self.api_url

    async def _wait_started(self) -> None:
        import anyio

        assert self._serving is not None
        with anyio.fail_after(30):
            while not self._uvicorn.started:
                if self._serving.done():
                    self._serving.result()  # raises what stopped it
                    raise RuntimeError("uvicorn stopped before it started")
                await anyio.sleep(0.002)

    async def stop(self) -> None:
        """Stop serving (server loop): open connections are closed."""
        import anyio

        if self._uvicorn is None:
            return
        self._uvicorn.should_exit = True
        self._uvicorn.force_exit = True
        with anyio.move_on_after(5):
            while self._serving is not None and not self._serving.done():
                await anyio.sleep(0.01)
