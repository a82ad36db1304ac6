"""The httpx transports a client can run on: network, an ASGI app, the in-process server.

Each kind has an ``async_*`` and a ``sync_*`` builder so that the sync client,
derived from the async source by renaming, picks the matching one.
"""

from __future__ import annotations

import contextlib
import ssl
from typing import Any

import httpx

from .settings import Settings

#: Base URL of a client that talks to an ASGI app given as ``api``.
APP_BASE_URL = "http://prefect-app/api"
#: Base URL of a client on the in-process Prefect server.
EPHEMERAL_BASE_URL = "http://ephemeral-prefect/api"


def _network_options(settings: Settings) -> dict[str, Any]:
    verify: bool | ssl.SSLContext = True
    if settings.tls_insecure_skip_verify:
        verify = False
    elif settings.ssl_cert_file:
        verify = ssl.create_default_context(cafile=settings.ssl_cert_file)
    return {
        "verify": verify,
        "http2": settings.enable_http2,
        "limits": httpx.Limits(
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_keepalive_connections,
            keepalive_expiry=settings.keepalive_expiry,
        ),
    }


def async_network(settings: Settings) -> httpx.AsyncBaseTransport:
    """A pooled network transport set up from ``settings`` (TLS, HTTP/2, limits)."""
    return httpx.AsyncHTTPTransport(**_network_options(settings))


def sync_network(settings: Settings) -> httpx.BaseTransport:
    """The sync twin of :func:`async_network`."""
    return httpx.HTTPTransport(**_network_options(settings))


def async_app(app: Any) -> httpx.AsyncBaseTransport:
    """Serve requests from an ASGI app on the caller's event loop."""
    return httpx.ASGITransport(app=app, raise_app_exceptions=False)


class PortalTransport(httpx.BaseTransport):
    """A sync transport that runs an async one on an event loop in a thread."""

    def __init__(self, make_transport: Any) -> None:
        from anyio.from_thread import start_blocking_portal

        self._portal_cm = start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        self._transport: httpx.AsyncBaseTransport = self._portal.call(make_transport)

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

        status, headers, content, extensions = self._portal.call(forward)
        return httpx.Response(status, headers=headers, content=content, extensions=extensions)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._portal.call(self._transport.aclose)
        self._portal_cm.__exit__(None, None, None)


def sync_app(app: Any) -> httpx.BaseTransport:
    """Serve sync requests from an ASGI app running on a loop in a helper thread."""

    async def make() -> httpx.AsyncBaseTransport:
        return async_app(app)

    return PortalTransport(make)


async def async_ephemeral() -> httpx.AsyncBaseTransport:
    """The in-process Prefect server (needs the ``ephemeral`` extra)."""
    from . import _ephemeral

    return await _ephemeral.async_transport()


def sync_ephemeral() -> httpx.BaseTransport:
    """The sync twin of :func:`async_ephemeral`."""
    from . import _ephemeral

    return _ephemeral.sync_transport()
