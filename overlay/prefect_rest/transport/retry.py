"""When to retry a request and how long to wait: pure functions, no I/O.

The decision needs only the request's repeat class (``repeat.py``): what may
have reached the server is sent again only when the server makes a repeat
harmless.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx

from .repeat import may_repeat

#: Answers retried for every class: the server did not act on the request.
RETRY_ALWAYS = frozenset({408, 429, 503})
#: Answers retried for every class but unsafe: a gateway (a balancer, a proxy) may
#: have passed the request on before its upstream failed.
RETRY_IF_REPEATABLE = frozenset({502, 504})

#: Errors raised before the request left the client: safe for any operation.
#: ``LocalProtocolError`` is h11/h2 refusing to write on a connection it considers
#: closed (HTTP/2 resets, PrefectHQ/prefect#7442); headers HTTP does not allow are
#: refused before sending (``requests.check_headers``), so it is never the request's fault.
BEFORE_SEND = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.LocalProtocolError,
)
#: Errors that may come after the server received the request.
AFTER_SEND = (
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)
#: Answers whose request may have been applied although the answer says otherwise.
MAYBE_APPLIED = RETRY_IF_REPEATABLE

#: Header a Prefect server in maintenance sets on its 503s.
MAINTENANCE_HEADER = "prefect-maintenance"


def should_retry_status(status: int, kind: str, extra: frozenset[int]) -> bool:
    """Whether an answer with ``status`` to a request of class ``kind`` is worth another try."""
    if status in RETRY_ALWAYS or status in extra:
        return True
    return may_repeat(kind) and status in RETRY_IF_REPEATABLE


def should_retry_error(exc: Exception, kind: str) -> bool:
    """Whether a transport error on a request of class ``kind`` is worth another try."""
    if isinstance(exc, BEFORE_SEND):
        return True
    return may_repeat(kind) and isinstance(exc, AFTER_SEND)


def may_have_arrived(exc: Exception | None = None, status: int | None = None) -> bool:
    """Whether a failed attempt (an error or an answer) may have been applied by the server."""
    if exc is not None:
        return isinstance(exc, AFTER_SEND)
    return status in MAYBE_APPLIED


def in_maintenance(response: httpx.Response) -> bool:
    """Whether the server says it is in maintenance (waited out, not counted as a retry)."""
    return response.headers.get(MAINTENANCE_HEADER, "").strip().lower() == "true"


def retry_after(
    response: httpx.Response | None, now: float | None = None, limit: float = 300.0
) -> float | None:
    """Seconds the server asked to wait (``Retry-After``: seconds or HTTP-date), at most ``limit``."""
    wait = _retry_after(response, now)
    return None if wait is None else min(wait, limit)


def _retry_after(response: httpx.Response | None, now: float | None) -> float | None:
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - (time.time() if now is None else now))
    except (TypeError, ValueError, OverflowError, OSError, AttributeError):
        return None  # not a date, or a year no clock can hold: use the backoff


def backoff(
    attempt: int, jitter: float, base_delay: float = 1.0, rng: random.Random | None = None
) -> float:
    """Exponential backoff ``base_delay * 2**attempt`` seconds, ``jitter`` of it random."""
    base = base_delay * float(2**attempt)
    if jitter <= 0:
        return base
    spread = base * jitter
    return max(0.0, base + (rng or random).uniform(-spread, spread))
