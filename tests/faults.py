"""HTTP-level fault injection for the tests: no mocks of the client, real servers behind.

Two injectors share one rule engine (:class:`Faults`):

* :class:`FaultTransport` / :class:`SyncFaultTransport`: an httpx transport wrapped
  around another one (the in-process server's, ``prefect_rest.transport.httpx_transports.async_ephemeral()``
  / ``sync_ephemeral()``). Give it to a URL client:
  ``PrefectClient(EPHEMERAL_URL, httpx_settings={"transport": injector})``.
* :class:`FaultProxy`: an HTTP/1.1 proxy on a loopback port (asyncio, own thread)
  in front of a real ``prefect server start``; faults happen on the wire
  (a TCP reset is a real RST, a truncated body a real short read).

A :class:`Fault` says what to do (``kind``) with which requests: ``method``,
``path`` (a regex searched in the URL path) and ``on`` (1-based ordinals among the
requests that match; None: every one). :class:`Faults` logs every request the
injector received and whether it was forwarded to the server, so a test can
assert how many requests the server saw.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import re
import socket
import struct
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

#: Base URL of a URL client whose transport is an injector around the in-process server.
EPHEMERAL_URL = "http://ephemeral-prefect/api"

HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Service temporarily unavailable</title></head>"
    b"<body><h1>We'll be back soon</h1><p>The proxy could not reach the API.</p></body></html>"
)

#: Faults that act on the server's answer.
_AFTER = {"reset_after", "read_timeout", "truncated", "respond_after", "rewrite"}

#: Headers that describe the framing of the body we re-encode.
_FRAMING = {"content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"}


@dataclass
class Fault:
    """One rule: do ``kind`` to the matching requests whose ordinal is in ``on``.

    Kinds: ``respond`` (answer ``status``/``headers``/``body`` without forwarding),
    ``reset_before`` (drop the connection, server not reached), ``refuse``
    (transport only: ``ConnectError``, server not reached), ``disconnect_before`` and
    ``local_protocol`` (transport only: ``RemoteProtocolError`` "Server disconnected
    without sending a response" / ``LocalProtocolError``, server not reached), ``reset_after``
    (forward, then drop the connection), ``read_timeout`` (forward, then hold
    the answer ``delay`` s), ``slow`` (wait ``delay`` s, then forward),
    ``truncated`` (forward, send half the body under the full Content-Length),
    ``html_200`` (an HTML page with status 200, not forwarded), ``respond_after``
    (forward, then answer ``status``/``headers``/``body``), ``rewrite``
    (forward, pass the JSON body through ``rewrite``).
    """

    kind: str
    method: str | None = None
    path: str | None = None
    on: Iterable[int] | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    rewrite: Callable[[Any], Any] | None = None
    hits: int = 0
    fired: int = 0

    def __post_init__(self) -> None:
        self.on = None if self.on is None else frozenset(self.on)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or re.search(self.path, path) is not None


def _where(method: str | None, path: str | None, on: Iterable[int] | None) -> dict[str, Any]:
    return {"method": method, "path": path, "on": on}


def respond(
    status: int,
    *,
    headers: dict[str, str] | None = None,
    json_body: Any = None,
    body: bytes | None = None,
    after: bool = False,
    method: str | None = None,
    path: str | None = None,
    on: Iterable[int] | None = None,
) -> Fault:
    """Answer ``status`` (JSON ``{"detail": ...}`` unless ``body``).

    Without forwarding, or with ``after``: forward, then answer ``status`` instead of
    the server's answer (a gateway that gave up while the server applied the request).
    """
    hdrs = dict(headers or {})
    if body is None:
        body = json.dumps(json_body if json_body is not None else {"detail": "injected"}).encode()
        hdrs.setdefault("content-type", "application/json")
    kind = "respond_after" if after else "respond"
    return Fault(kind, status=status, headers=hdrs, body=body, **_where(method, path, on))


def too_many_requests(retry_after: str, **where: Any) -> Fault:
    """429 with ``Retry-After: retry_after`` (seconds or an HTTP-date)."""
    return respond(
        429, headers={"Retry-After": retry_after}, json_body={"detail": "slow down"}, **where
    )


def maintenance(**where: Any) -> Fault:
    """503 with ``Prefect-Maintenance: true``."""
    return respond(
        503,
        headers={"Prefect-Maintenance": "true"},
        json_body={"detail": "down for maintenance"},
        **where,
    )


def fault(kind: str, *, delay: float = 0.0, **where: Any) -> Fault:
    """A fault of ``kind`` (see :class:`Fault`) on ``where`` (method, path, on)."""
    return Fault(kind, delay=delay, **where)


def rewrite_json(fn: Callable[[Any], Any], **where: Any) -> Fault:
    """Forward, then answer ``fn(real JSON body)``."""
    return Fault("rewrite", rewrite=fn, **where)


def http_date(epoch: float) -> str:
    """``epoch`` as an HTTP-date (whole seconds, GMT)."""
    return email.utils.formatdate(epoch, usegmt=True)


@dataclass
class Seen:
    """A request the injector received."""

    method: str
    path: str
    headers: httpx.Headers
    at: float  # time.time() when it arrived
    forwarded: bool = False
    fault: str | None = None
    status: int | None = None  # the server's answer, when forwarded


class Faults:
    """The rules of one scenario and the log of the requests it saw."""

    def __init__(self, *faults: Fault) -> None:
        self.faults = list(faults)
        self.log: list[Seen] = []
        self._lock = threading.Lock()

    def add(self, *faults: Fault) -> Faults:
        with self._lock:
            self.faults.extend(faults)
        return self

    def clear(self) -> None:
        """Drop the rules (the log stays)."""
        with self._lock:
            self.faults.clear()

    def decide(self, method: str, path: str, headers: httpx.Headers) -> tuple[Fault | None, Seen]:
        """Log a request and return the fault to apply to it, if any."""
        with self._lock:
            chosen = None
            for rule in self.faults:
                if not rule.matches(method, path):
                    continue
                rule.hits += 1
                if chosen is None and (rule.on is None or rule.hits in rule.on):
                    chosen = rule
                    rule.fired += 1
            seen = Seen(method, path, httpx.Headers(headers), time.time())
            seen.fault = chosen.kind if chosen else None
            self.log.append(seen)
        return chosen, seen

    def answered(self, rule: Fault | None, seen: Seen, status: int) -> Fault | None:
        """Record the server's ``status``; return ``rule`` if it still applies.

        Faults that act on the answer (a lost or mangled answer of an applied
        request) act on 2xx answers only: a real error the server gave (SQLite
        busy on a loaded machine answers 503) passes through, and the rule waits
        for the next matching request.
        """
        with self._lock:
            seen.status = status
            if rule is None or rule.kind not in _AFTER or 200 <= status < 300:
                return rule
            rule.hits -= 1
            rule.fired -= 1
            seen.fault = None
        return None

    def _select(self, method: str | None, path: str | None) -> list[Seen]:
        with self._lock:
            log = list(self.log)
        return [
            s
            for s in log
            if (method is None or s.method == method.upper())
            and (path is None or re.search(path, s.path))
        ]

    def sent(self, method: str | None = None, path: str | None = None) -> int:
        """How many matching requests the client sent (reached the injector)."""
        return len(self._select(method, path))

    def reached(self, method: str | None = None, path: str | None = None) -> int:
        """How many matching requests were forwarded to the server."""
        return sum(s.forwarded for s in self._select(method, path))

    def seen(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        """The matching requests, in arrival order."""
        return self._select(method, path)


def _clean_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers.multi_items() if k.lower() not in _FRAMING]


def _rewritten(rule: Fault, body: bytes) -> bytes:
    assert rule.rewrite is not None
    return json.dumps(rule.rewrite(json.loads(body))).encode()


def _timeout_of(request: httpx.Request, default: float) -> float:
    read = (request.extensions.get("timeout") or {}).get("read")
    return default if read is None else float(read)


# --- transport-level injector ---------------------------------------------------


class _TruncatedAsync(httpx.AsyncByteStream):
    def __init__(self, part: bytes) -> None:
        self._part = part

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._part
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body (injected)"
        )


class _TruncatedSync(httpx.SyncByteStream):
    def __init__(self, part: bytes) -> None:
        self._part = part

    def __iter__(self) -> Iterator[bytes]:
        yield self._part
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body (injected)"
        )


def _before(rule: Fault | None, request: httpx.Request) -> httpx.Response | None:
    """Faults decided before forwarding: an answer, or an exception."""
    if rule is None:
        return None
    if rule.kind == "respond":
        return httpx.Response(rule.status, headers=rule.headers, content=rule.body)
    if rule.kind == "html_200":
        return httpx.Response(200, headers={"content-type": "text/html"}, content=HTML_PAGE)
    if rule.kind == "refuse":
        raise httpx.ConnectError("[Errno 111] Connection refused (injected)", request=request)
    if rule.kind == "reset_before":
        raise httpx.ReadError("[Errno 104] Connection reset by peer (injected)", request=request)
    if rule.kind == "disconnect_before":  # an idle keep-alive closed by a restarting server
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response. (injected)", request=request
        )
    if rule.kind == "local_protocol":  # h2 refusing to write on a reset connection
        raise httpx.LocalProtocolError("ConnectionState.CLOSED (injected)", request=request)
    return None


def _after(
    rule: Fault | None, request: httpx.Request, response: httpx.Response, is_async: bool
) -> httpx.Response:
    """Faults applied to the server's (read) answer."""
    headers = _clean_headers(response.headers)
    body = response.content
    kind = rule.kind if rule else None
    if kind == "reset_after":
        raise httpx.ReadError("[Errno 104] Connection reset by peer (injected)", request=request)
    if rule is not None and kind == "respond_after":
        return httpx.Response(rule.status, headers=rule.headers, content=rule.body)
    if kind == "rewrite":
        body = _rewritten(rule, body)  # type: ignore[arg-type]
    if kind == "truncated":
        cut = body[: len(body) // 2]
        headers.append(("content-length", str(len(body))))
        stream: Any = _TruncatedAsync(cut) if is_async else _TruncatedSync(cut)
        return httpx.Response(response.status_code, headers=headers, stream=stream)
    return httpx.Response(response.status_code, headers=headers, content=body)


class FaultTransport(httpx.AsyncBaseTransport):
    """Async transport: ``faults`` applied in front of ``inner``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, faults: Faults | None = None) -> None:
        self.inner = inner
        self.faults = faults or Faults()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        rule, seen = self.faults.decide(request.method, request.url.path, request.headers)
        answer = _before(rule, request)
        if answer is not None:
            return answer
        if rule is not None and rule.kind == "slow":
            await anyio.sleep(rule.delay)
        seen.forwarded = True
        response = await self.inner.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        rule = self.faults.answered(rule, seen, response.status_code)
        if rule is not None and rule.kind == "read_timeout":
            # What a network transport does: wait until the read timeout, then fail.
            await anyio.sleep(min(rule.delay, _timeout_of(request, rule.delay)))
            raise httpx.ReadTimeout("timed out (injected)", request=request)
        return _after(rule, request, response, True)

    async def aclose(self) -> None:
        await self.inner.aclose()


class SyncFaultTransport(httpx.BaseTransport):
    """Sync transport: ``faults`` applied in front of ``inner``."""

    def __init__(self, inner: httpx.BaseTransport, faults: Faults | None = None) -> None:
        self.inner = inner
        self.faults = faults or Faults()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        rule, seen = self.faults.decide(request.method, request.url.path, request.headers)
        answer = _before(rule, request)
        if answer is not None:
            return answer
        if rule is not None and rule.kind == "slow":
            time.sleep(rule.delay)
        seen.forwarded = True
        response = self.inner.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        rule = self.faults.answered(rule, seen, response.status_code)
        if rule is not None and rule.kind == "read_timeout":
            time.sleep(min(rule.delay, _timeout_of(request, rule.delay)))
            raise httpx.ReadTimeout("timed out (injected)", request=request)
        return _after(rule, request, response, False)

    def close(self) -> None:
        self.inner.close()


async def ephemeral_injector(faults: Faults | None = None) -> FaultTransport:
    """An async injector in front of the in-process Prefect server."""
    from prefect_rest.transport import httpx_transports as _transports

    return FaultTransport(await _transports.async_ephemeral(), faults)


def sync_ephemeral_injector(faults: Faults | None = None) -> SyncFaultTransport:
    """A sync injector in front of the in-process Prefect server."""
    from prefect_rest.transport import httpx_transports as _transports

    return SyncFaultTransport(_transports.sync_ephemeral(), faults)


# --- loopback proxy ---------------------------------------------------------------


class FaultProxy:
    """An HTTP/1.1 proxy on 127.0.0.1 forwarding to ``upstream`` with ``faults``.

    Use as a context manager; ``url`` is the upstream URL with the proxy's origin.
    Requests must carry a Content-Length body (httpx does for JSON); the proxy
    answers with Content-Length framing and keeps connections alive.
    """

    def __init__(self, upstream: str, faults: Faults | None = None) -> None:
        self.upstream = httpx.URL(upstream)
        self.faults = faults or Faults()
        self.port = 0
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return str(self.upstream.copy_with(host="127.0.0.1", port=self.port))

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        if not self._ready.wait(10) or self._error is not None:
            raise RuntimeError(f"the fault proxy did not start: {self._error!r}")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None and self._stop is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # reported by __enter__
            self._error = exc
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        origin = str(self.upstream.copy_with(path="/", query=None)).rstrip("/")
        async with httpx.AsyncClient(base_url=origin, timeout=30) as http:
            self._http = http
            server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            try:
                await self._stop.wait()
            finally:
                server.close()

    async def _read_request(
        self, reader: asyncio.StreamReader
    ) -> tuple[str, str, httpx.Headers, bytes] | None:
        line = await reader.readline()
        if not line.strip():
            return None
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers = httpx.Headers()
        while True:
            raw = await reader.readline()
            if raw in (b"\r\n", b"\n", b""):
                break
            name, _, value = raw.decode("latin-1").partition(":")
            headers[name.strip()] = value.strip()
        assert "chunked" not in headers.get("transfer-encoding", ""), "chunked bodies unsupported"
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        return method, target, headers, body

    @staticmethod
    def _head(status: int, headers: list[tuple[str, str]], length: int) -> bytes:
        reason = httpx.codes.get_reason_phrase(status) or "Unknown"
        lines = [f"HTTP/1.1 {status} {reason}"]
        lines += [f"{k}: {v}" for k, v in headers]
        lines.append(f"content-length: {length}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    @staticmethod
    def _reset(writer: asyncio.StreamWriter) -> None:
        """Close with a TCP RST (SO_LINGER 0), not a FIN."""
        sock = writer.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    return
                if not await self._answer(writer, *request):
                    return
        except (ConnectionError, asyncio.IncompleteReadError, OSError):
            pass
        finally:
            if not writer.transport.is_closing():
                writer.close()

    async def _answer(
        self,
        writer: asyncio.StreamWriter,
        method: str,
        target: str,
        headers: httpx.Headers,
        body: bytes,
    ) -> bool:
        """Answer one request; False when the connection is gone."""
        path = httpx.URL(target).path
        rule, seen = self.faults.decide(method, path, headers)
        kind = rule.kind if rule else None
        if rule is not None and kind == "respond":
            await self._write(writer, rule.status, list(rule.headers.items()), rule.body)
            return True
        if kind == "html_200":
            await self._write(writer, 200, [("content-type", "text/html")], HTML_PAGE)
            return True
        if kind == "reset_before":
            self._reset(writer)
            return False
        if kind == "refuse":
            raise AssertionError("`refuse` is a transport-level fault; use reset_before")
        if rule is not None and kind == "slow":
            await asyncio.sleep(rule.delay)
        forward = [(k, v) for k, v in headers.multi_items() if k.lower() not in _FRAMING | {"host"}]
        seen.forwarded = True
        response = await self._http.request(method, target, headers=forward, content=body)
        status, out, content = (
            response.status_code,
            _clean_headers(response.headers),
            response.content,
        )
        rule = self.faults.answered(rule, seen, status)
        kind = rule.kind if rule else None
        if kind == "reset_after":
            self._reset(writer)
            return False
        if rule is not None and kind == "read_timeout":
            await asyncio.sleep(rule.delay)
            self._reset(writer)
            return False
        if rule is not None and kind == "respond_after":
            await self._write(writer, rule.status, list(rule.headers.items()), rule.body)
            return True
        if rule is not None and kind == "rewrite":
            content = _rewritten(rule, content)
        if kind == "truncated":
            writer.write(self._head(status, out, len(content)) + content[: len(content) // 2])
            await writer.drain()
            writer.close()
            return False
        await self._write(writer, status, out, content)
        return True

    async def _write(
        self, writer: asyncio.StreamWriter, status: int, headers: list[tuple[str, str]], body: bytes
    ) -> None:
        headers = [(k, v) for k, v in headers if k.lower() not in _FRAMING]
        writer.write(self._head(status, headers, len(body)) + body)
        await writer.drain()


@contextlib.asynccontextmanager
async def faulty_client(faults: Faults, settings: Any) -> AsyncIterator[Any]:
    """An async client whose requests go through ``faults`` to the in-process server."""
    from prefect_rest import PrefectClient

    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL, settings=settings, httpx_settings={"transport": transport}
    ) as client:
        yield client


@contextlib.contextmanager
def sync_faulty_client(faults: Faults, settings: Any) -> Iterator[Any]:
    """The sync twin of :func:`faulty_client`."""
    from prefect_rest import SyncPrefectClient

    transport = sync_ephemeral_injector(faults)
    with SyncPrefectClient(
        EPHEMERAL_URL, settings=settings, httpx_settings={"transport": transport}
    ) as client:
        yield client
