"""Reading the server's CSRF answers: pure functions, no I/O.

For POST, PUT, PATCH and DELETE the client sends ``Prefect-Csrf-Token`` and
``Prefect-Csrf-Client`` (as Prefect's client does); the token comes from
``GET /csrf-token?client=<id>`` (the send loop fetches it, ``_async/send.py``).
"""

from __future__ import annotations

import datetime

import httpx

from ..exceptions import ResponseDecodeError
from ..settings import redact_url

#: Methods that carry a CSRF token.
MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: What the server answers when CSRF protection is off (422); 404: a server without CSRF.
_DISABLED = "csrf protection is disabled"


def _where(response: httpx.Response) -> str:
    request = response.request
    return f"{request.method} {redact_url(request.url.copy_with(query=None))}"


def disabled(response: httpx.Response) -> bool:
    """Whether the token answer says the server has no CSRF protection."""
    status = response.status_code
    return status == 404 or (status == 422 and _DISABLED in response.text.lower())


def token(response: httpx.Response) -> tuple[str, datetime.datetime | None]:
    """The token and its expiry (UTC) from a 200 answer; ResponseDecodeError if malformed."""
    try:
        body = response.json()
        value = body["token"]
        expiration = body.get("expiration")
        expires = datetime.datetime.fromisoformat(expiration) if expiration else None
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        raise ResponseDecodeError(
            f"{_where(response)}: the CSRF token answer is not the documented JSON"
        ) from None
    if not isinstance(value, str) or not value:
        raise ResponseDecodeError(f"{_where(response)}: the CSRF token is missing")
    if expires is not None and expires.tzinfo is None:
        expires = expires.replace(tzinfo=datetime.UTC)
    return value, expires


def fresh(value: str | None, expires: datetime.datetime | None, stale: str | None) -> bool:
    """Whether ``value`` may be sent: set, not the refused ``stale`` one, not expired."""
    if not value or value == stale:
        return False
    return expires is None or datetime.datetime.now(datetime.UTC) < expires


def rejected(response: httpx.Response) -> bool:
    """Whether a 403 is the server refusing the request's CSRF token."""
    try:
        detail = str(response.json().get("detail", ""))
    except (ValueError, AttributeError, RecursionError, httpx.ResponseNotRead):
        return False
    return "csrf" in detail.lower()
