"""Reconnecting a stream: which errors allow it, the backoff, and the retry loop."""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable

import anyio

logger = logging.getLogger("prefect_rest.events")


def retryable_errors() -> tuple[type[BaseException], ...]:
    """The errors a stream is reconnected after (and that remain when reconnects run out)."""
    from websockets.exceptions import ConnectionClosed, InvalidHandshake

    return (ConnectionClosed, InvalidHandshake, TimeoutError, OSError)


def reconnect_delay(attempt: int) -> float:
    """Seconds before reconnect ``attempt`` (1-based): two at once, then 0.5 s doubling to 8 s."""
    if attempt <= 2:
        return 0.0
    base = min(0.5 * 2 ** (attempt - 3), 8.0)
    return base * (1 + 0.2 * random.random())


async def pause_before_reconnect(
    label: str, failures: int, attempts: int, exc: BaseException
) -> None:
    """Log the loss and sleep the backoff before reconnect number ``failures``."""
    delay = reconnect_delay(failures)
    logger.info(
        "%s: stream lost (%s); reconnect %d of %d in %.2f s",
        label,
        type(exc).__name__,
        failures,
        attempts,
        delay,
    )
    await anyio.sleep(delay)


async def with_reconnects(
    step: Callable[[], Awaitable[None]],
    attempts: int,
    label: str,
    on_lost: Callable[[], None] | None = None,
) -> None:
    """Run ``step`` until it succeeds, at most ``attempts`` more times after a lost stream."""
    failures = 0
    while True:
        try:
            await step()
            return
        except retryable_errors() as exc:
            if on_lost is not None:
                on_lost()
            failures += 1
            if failures > attempts:
                raise
            await pause_before_reconnect(label, failures, attempts, exc)
