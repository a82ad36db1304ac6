"""The httpx transports a client can run on: network, an ASGI app, the in-process server.

Each kind has an ``async_*`` and a ``sync_*`` builder so that the sync client,
derived from the async source by renaming, picks the matching one.
"""

from __future__ import annotations

import contextlib
import ssl
import sys
import threading
from concurrent.futures import CancelledError, Future
from typing import Any

import httpx

from ..settings import Settings

#: Base URL of a client that talks to an ASGI app given as ``api``.
APP_BASE_URL = "http://prefect-app/api"
#: Base URL of a client on the in-process Prefect server.
EPHEMERAL_BASE_URL = "http://ephemeral-prefect/api"


#: httpx.AsyncClient options that configure its transports; we let httpx build
#: those (so environment proxies, ``proxy``, ``mounts`` and ``trust_env`` work as
#: in httpx) unless a ``transport`` is given.
TRANSPORT_OPTIONS = frozenset(
    {"verify", "cert", "limits", "proxy", "http1", "http2", "trust_env", "mounts"}
)


def network_options(settings: Settings, given: dict[str, Any]) -> dict[str, Any]:
    """Transport options for a URL client: ``settings``, then the caller's ``given`` ones."""
    from ..exceptions import InvalidArgument

    options: dict[str, Any] = {
        "http2": settings.enable_http2,
        "limits": httpx.Limits(
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_keepalive_connections,
            keepalive_expiry=settings.keepalive_expiry,
        ),
    }
    if "verify" not in given:
        if settings.tls_insecure_skip_verify:
            options["verify"] = False
        elif settings.ssl_cert_file:
            try:
                options["verify"] = ssl.create_default_context(cafile=settings.ssl_cert_file)
            except (OSError, ssl.SSLError) as exc:
                raise InvalidArgument(
                    f"PREFECT_API_SSL_CERT_FILE: cannot load a CA bundle from "
                    f"{settings.ssl_cert_file!r} ({type(exc).__name__})"
                ) from None
    options.update({k: v for k, v in given.items() if k in TRANSPORT_OPTIONS})
    if options.get("http2"):
        try:
            import h2  # noqa: F401
        except ImportError:
            raise InvalidArgument(
                "HTTP/2 (PREFECT_API_ENABLE_HTTP2 or http2=True) needs the h2 package: "
                "pip install 'httpx[http2]'"
            ) from None
    return options


def async_network(settings: Settings) -> httpx.AsyncBaseTransport:
    """A pooled network transport set up from ``settings`` (TLS, HTTP/2, limits), no proxies."""
    options = network_options(settings, {})
    return httpx.AsyncHTTPTransport(**{k: v for k, v in options.items() if k != "mounts"})


def sync_network(settings: Settings) -> httpx.BaseTransport:
    """The sync twin of :func:`async_network`."""
    options = network_options(settings, {})
    return httpx.HTTPTransport(**{k: v for k, v in options.items() if k != "mounts"})


class AppTransport(httpx.ASGITransport):
    """Serves requests from an ASGI app; closing it releases the app's lifespan."""

    async def aclose(self) -> None:
        from . import lifespan as _lifespan

        await _lifespan.exit(self.app)


async def async_app(app: Any) -> httpx.AsyncBaseTransport:
    """Start ``app``'s lifespan (shared per loop) and serve requests from it on this loop."""
    from . import lifespan as _lifespan

    await _lifespan.enter(app)
    return AppTransport(app=app, raise_app_exceptions=False)


class PortalTransport(httpx.BaseTransport):
    """A sync transport that runs an async one on an event loop in a thread.

    A request interrupted in the calling thread (Ctrl-C) cancels its task on the
    loop, and closing cancels every request still pending, so leaving a ``with``
    block never waits for an answer nobody will read.
    """

    def __init__(self, make_transport: Any) -> None:
        from anyio.from_thread import start_blocking_portal

        self._portal_cm = start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        self._pending: set[Future[Any]] = set()
        self._lock = threading.Lock()
        try:
            self._transport: httpx.AsyncBaseTransport = self._portal.call(make_transport)
        except BaseException:
            self._portal_cm.__exit__(None, None, None)
            raise

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def forward() -> tuple[int, list[tuple[bytes, bytes]], bytes, dict[str, Any]]:
            inner = httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=body,
                extensions=request.extensions,
            )
            response = await self._transport.handle_async_request(inner)
            try:
                content = await response.aread()
            finally:
                await response.aclose()
            return response.status_code, response.headers.raw, content, response.extensions

        try:
            future = self._portal.start_task_soon(forward)
        except RuntimeError as exc:  # the portal was stopped by close()
            raise httpx.ConnectError(f"the client is closed: {exc}", request=request) from None
        with self._lock:
            self._pending.add(future)
        try:
            status, headers, content, extensions = future.result()
        except CancelledError:  # close() in another thread
            raise httpx.ReadError("the client was closed while waiting", request=request) from None
        except BaseException:
            future.cancel()  # Ctrl-C or a closed client: stop the app's work too
            raise
        finally:
            with self._lock:
                self._pending.discard(future)
        return httpx.Response(status, headers=headers, content=content, extensions=extensions)

    def close(self) -> None:
        with self._lock:
            pending, self._pending = list(self._pending), set()
        for future in pending:
            future.cancel()
        with contextlib.suppress(Exception):
            self._portal.call(self._transport.aclose)
        with contextlib.suppress(Exception):
            self._portal.call(self._portal.stop, True)  # cancel what is left
        self._portal_cm.__exit__(None, None, None)


def sync_app(app: Any) -> httpx.BaseTransport:
    """Serve sync requests from an ASGI app (and its lifespan) on a loop in a helper thread."""

    async def make() -> httpx.AsyncBaseTransport:
        return await async_app(app)

    return PortalTransport(make)


def in_process_url(url: str) -> bool:
    """Whether ``url`` is this process's in-process server's loopback URL (served socket-free)."""
    process = sys.modules.get("prefect_rest.inprocess.process")
    return process is not None and bool(process.serves(url))


async def async_ephemeral() -> httpx.AsyncBaseTransport:
    """The in-process Prefect server (needs the ``ephemeral`` extra)."""
    from .. import inprocess

    return await inprocess.async_transport()


def sync_ephemeral() -> httpx.BaseTransport:
    """The sync twin of :func:`async_ephemeral`."""
    from .. import inprocess

    return inprocess.sync_transport()
