"""``concurrency()`` and ``rate_limit()`` for async code (Prefect's ``prefect.concurrency.asyncio``)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio

from ..runs.clients import using_client
from .errors import LeaseRenewalError
from .leases import acquire, check_args, keep_renewed, names_list, release

logger = logging.getLogger("prefect_rest.concurrency")


@asynccontextmanager
async def concurrency(
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
) -> AsyncIterator[None]:
    """Hold ``occupy`` slots of each global concurrency limit in ``names`` for the block.

    Waits for free slots (at most ``timeout_seconds``: then
    ``AcquireConcurrencySlotTimeoutError``; at most ``max_retries`` refusals),
    holds them under a lease renewed in the background every 3/4 of
    ``lease_duration`` seconds (the 3.8.8 server takes 60 s and more), and frees
    them when the block ends: normally, on an exception, on cancellation, on
    Ctrl-C.  A missing limit is skipped with a warning, or raises
    ``ConcurrencySlotAcquisitionError`` when ``strict``.  When the lease cannot be
    renewed, ``raise_on_lease_renewal_failure`` (default: ``strict``) says whether
    the block is cancelled and ``LeaseRenewalError`` raised, or a warning logged.
    ``client``: an async or sync client to use (default: ``get_client()``'s).
    """
    if not names:
        yield
        return
    limit_names = names_list(names)
    check_args(occupy, timeout_seconds, max_retries)
    raise_on_failure = (
        strict if raise_on_lease_renewal_failure is None else raise_on_lease_renewal_failure
    )
    async with using_client(client) as rest:
        lease_id, limits = await acquire(
            rest,
            limit_names,
            occupy,
            "concurrency",
            timeout_seconds,
            max_retries,
            strict,
            lease_duration=lease_duration,
            holder=holder,
        )
        if lease_id is None or not limits:
            yield
            return
        failures: list[BaseException] = []
        body_error: BaseException | None = None
        try:
            async with anyio.create_task_group() as tasks:

                def renewal_failed(exc: BaseException) -> None:
                    failures.append(exc)
                    if raise_on_failure:
                        tasks.cancel_scope.cancel()
                    else:
                        logger.warning(
                            "Concurrency lease renewal failed - slots are no longer reserved. "
                            "Execution will continue, but concurrency limits may be exceeded. "
                            "Lease ID: %s, exception: %s",
                            lease_id,
                            exc,
                        )

                tasks.start_soon(keep_renewed, rest, lease_id, lease_duration, renewal_failed)
                try:
                    yield
                except BaseException as exc:  # re-raised below, after the renewal task stops
                    body_error = exc
                finally:
                    tasks.cancel_scope.cancel()
        finally:
            await release(rest, lease_id)
        if failures and raise_on_failure:
            raise LeaseRenewalError(
                f"Concurrency lease renewal failed - slots of {limit_names!r} are no longer "
                f"reserved (lease {lease_id}): {failures[0]}"
            ) from body_error
        if body_error is not None:
            raise body_error


async def rate_limit(
    names: str | list[str],
    occupy: int = 1,
    timeout_seconds: float | None = None,
    strict: bool = False,
    *,
    client: Any = None,
) -> None:
    """Wait until ``occupy`` slots of each limit in ``names`` are taken (limits with slot decay).

    The slots are not released: the limits' decay frees them.
    """
    if not names:
        return
    limit_names = names_list(names)
    check_args(occupy, timeout_seconds)
    async with using_client(client) as rest:
        await acquire(rest, limit_names, occupy, "rate_limit", timeout_seconds, None, strict)
