"""When to retry a request and how long to wait: pure functions, no I/O."""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx

#: Answers retried for every operation: the server did not act on the request.
RETRY_ALWAYS = frozenset({408, 429, 503})
#: Answers retried only where a second try cannot apply a change twice.
RETRY_IF_REPEATABLE = frozenset({502, 504})

#: Errors raised before the request left the client: safe for any operation.
BEFORE_SEND = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Errors that may come after the server received the request.
AFTER_SEND = (
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
    httpx.LocalProtocolError,
)


def should_retry_status(status: int, repeatable: bool, extra: frozenset[int]) -> bool:
    """Whether an answer with ``status`` is worth another try."""
    if status in RETRY_ALWAYS or status in extra:
        return True
    return repeatable and status in RETRY_IF_REPEATABLE


def should_retry_error(exc: Exception, repeatable: bool) -> bool:
    """Whether a transport error is worth another try."""
    if isinstance(exc, BEFORE_SEND):
        return True
    return repeatable and isinstance(exc, AFTER_SEND)


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
