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

import httpx

from .exceptions import OperationNotAvailable
from .settings import SERVER_RELEASE

#: Starlette's answer for a path no route matches.
ROUTE_MISSING = {"detail": "Not Found"}


def is_route_missing(response: httpx.Response) -> bool:
    """True for a 404 whose body is the one for an unknown route."""
    if response.status_code != 404:
        return False
    try:
        return bool(response.json() == ROUTE_MISSING)
    except (ValueError, httpx.ResponseNotRead):
        return False


def missing_operation(
    response: httpx.Response, method: str, release: str | None
) -> OperationNotAvailable:
    """The error for a call whose route the server (of ``release``, if known) lacks."""
    request = response.request
    operation = f"{request.method} {request.url.path}"
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
