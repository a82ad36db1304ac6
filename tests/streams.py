"""Helpers for the websocket stream tests: a TCP relay that can cut its connections,
and a stand-in for ``prefect_rest.inprocess.loopback_api_url`` (helper "inprocess"
provides the real one; until it is merged, the tests install this stand-in).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from servers import free_port, prefect_server, prefect_server_from_venv

#: The server settings that turn the logs stream on.
LOGS_ON = {
    "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED": "true",
    "PREFECT_SERVER_LOGS_STREAM_PUBLISHING_ENABLED": "true",
}


class TcpRelay:
    """A loopback TCP relay to ``127.0.0.1:upstream_port`` (a proxy that passes websockets).

    ``cut()`` drops every connection open through it, as a proxy or a network
    failure would; new connections are relayed again at once.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.blocked = False  #: while True, new connections are closed at once
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.blocked:
                client.close()
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with self._lock:
                    self._open.discard(sock)

    def cut(self) -> None:
        """Drop every open connection (no close frame: an abnormal drop)."""
        self.cuts += 1
        with self._lock:
            victims = list(self._open)
        for sock in victims:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.cut()


def live_server(
    env: dict[str, str], port: int | None = None
) -> contextlib.AbstractContextManager[str]:
    """`prefect server start` of the release under test: ``PREFECT_REST_LIVE_SERVER_VENV``'s, else ours."""
    venv = os.environ.get("PREFECT_REST_LIVE_SERVER_VENV")
    if venv:
        return prefect_server_from_venv(venv, env, port=port)
    return prefect_server(env, port=port)


class RestartableServer:
    """`prefect server start` on one port and one PREFECT_HOME, stopped and started at will."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.env = env
        self.url = f"http://127.0.0.1:{self.port}/api"
        self._running: Any = None

    def start(self) -> None:
        self._running = live_server(self.env, port=self.port)
        self._running.__enter__()

    def stop(self) -> None:
        running, self._running = self._running, None
        if running is not None:
            running.__exit__(None, None, None)

    async def restart(self) -> None:
        await anyio.to_thread.run_sync(self.stop)
        await anyio.to_thread.run_sync(self.start)


@pytest.fixture
def restartable(tmp_path: Any) -> Iterator[RestartableServer]:
    server = RestartableServer({**LOGS_ON, "PREFECT_HOME": str(tmp_path)})
    server.start()
    try:
        yield server
    finally:
        server.stop()
