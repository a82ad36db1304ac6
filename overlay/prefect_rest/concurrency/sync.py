"""``concurrency()`` and ``rate_limit()`` for sync code (Prefect's ``prefect.concurrency.sync``).

Each runs the async form on a helper event loop thread: the lease is renewed
there while the block runs in the calling thread, and released when the block
ends (normally, on an exception, on Ctrl-C).  A lease that cannot be renewed
with ``raise_on_lease_renewal_failure`` raises ``LeaseRenewalError`` when the
block ends (a thread cannot be interrupted mid-way).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..events._bridge import run_sync
from . import asyncio as _async


@contextmanager
def concurrency(
    names: str | list[str],
    occupy: int = 1,
    timeout_seconds: float | None = None,
    max_retries: int | None = None,
    lease_duration: float = 300,
    strict: bool = False,
    holder: Any = None,
    raise_on_lease_renewal_failure: bool | None = None,
    *,
    client: Any = None,
) -> Iterator[None]:
    """Hold slots of the limits in ``names`` for the block (see the async ``concurrency``)."""
    from anyio.from_thread import start_blocking_portal

    held = _async.concurrency(
        names,
        occupy,
        timeout_seconds,
        max_retries,
        lease_duration,
        strict,
        holder,
        raise_on_lease_renewal_failure,
        client=client,
    )
    with start_blocking_portal() as portal:
        wrapped = portal.wrap_async_context_manager(held)
        wrapped.__enter__()
        try:
            yield
        except BaseException:
            wrapped.__exit__(None, None, None)  # release; the block's error is what counts
            raise
        wrapped.__exit__(None, None, None)


def rate_limit(
    names: str | list[str],
    occupy: int = 1,
    timeout_seconds: float | None = None,
    strict: bool = False,
    *,
    client: Any = None,
) -> None:
    """Wait until slots of the limits in ``names`` are taken (see the async ``rate_limit``)."""
    run_sync(
        functools.partial(_async.rate_limit, names, occupy, timeout_seconds, strict, client=client)
    )
