"""Version skew: a method whose operation the server does not have.

A server of another Prefect release may lack an operation this client was
generated for (a 3.4 server has no ``/admin/storage``).  The server then
answers 404 with Starlette's body for an unknown route, ``{"detail": "Not
Found"}``, where a missing object gets its own detail (``"Flow not found"``).
:func:`missing_operation` tells the two apart and builds an
:class:`~prefect_rest.exceptions.OperationNotAvailable` naming the server's release and the operation,
instead of a bare ``ObjectNotFound``.  ``prefect-rest drift --url`` lists every
such operation, and the client methods that use them, before a call fails.
"""

from __future__ import annotations

from typing import Any

import httpx

from .exceptions import OperationNotAvailable
from .settings import SERVER_RELEASE

#: Starlette's answer for a path no route matches.
ROUTE_MISSING = {"detail": "Not Found"}
#: Attribute under which a client keeps the server's release once read.
_CACHE = "_prefect_rest_server_release"


def is_route_missing(response: httpx.Response) -> bool:
    """True for a 404 whose body is the one for an unknown route."""
    if response.status_code != 404:
        return False
    try:
        return bool(response.json() == ROUTE_MISSING)
    except (ValueError, httpx.ResponseNotRead):
        return False


def _read_release(client: Any) -> str | None:
    """``GET /admin/version`` of the client's server, once per client (None if unknown)."""
    if hasattr(client, _CACHE):
        return getattr(client, _CACHE)
    release = None
    http = client._http
    try:
        if isinstance(http, httpx.Client):  # the sync client: its own connection
            answer = http.get("admin/version")
        elif isinstance(client._api, str | httpx.URL):
            # the async client cannot await here: one short blocking request on this
            # error path only (the server's release is the point of the message)
            from ._transports import sync_network

            with httpx.Client(
                transport=sync_network(client._settings),
                base_url=http.base_url,
                headers=http.headers,
                timeout=5,
            ) as sync_http:
                answer = sync_http.get("admin/version")
        else:  # an ASGI app in this process: the installed prefect
            from importlib.metadata import PackageNotFoundError, version

            try:
                release = version("prefect")
            except PackageNotFoundError:
                release = None
            answer = None
        if answer is not None and answer.status_code == 200:
            release = str(answer.json())
    except (httpx.HTTPError, ValueError):
        release = None
    setattr(client, _CACHE, release)
    return release


def missing_operation(
    client: Any, response: httpx.Response, method: str
) -> OperationNotAvailable | None:
    """The error for a call whose route the server lacks; None for any other answer."""
    if not is_route_missing(response):
        return None
    request = response.request
    operation = f"{request.method} {request.url.path}"
    release = _read_release(client)
    server = f"Prefect {release}" if release else "the server (release unknown)"
    message = (
        f"{method}: {server} at {request.url.copy_with(path='/', query=None)} has no operation "
        f"{operation} (404 for an unknown route); this client was generated for Prefect "
        f"{SERVER_RELEASE}. `prefect-rest drift --url <API URL>` lists what the server lacks"
    )
    if release is None:
        message += "; check that the API URL ends in /api"
    return OperationNotAvailable(
        message, response=response, operation=operation, server_release=release
    )
