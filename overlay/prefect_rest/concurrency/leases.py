"""Acquiring, keeping and releasing slots of global concurrency limits (async).

The pieces ``concurrency()`` and ``rate_limit()`` are made of; each takes an
entered async ``PrefectClient``.
"""

from __future__ import annotations

import logging
import random
from typing import Any, Literal
from uuid import UUID

import anyio

from .._args import int_arg, names_arg
from ..exceptions import InvalidArgument, ObjectNotFound, PrefectHTTPStatusError, PrefectRestError
from ..transport import retry as _retry
from .errors import AcquireConcurrencySlotTimeoutError, ConcurrencySlotAcquisitionError

logger = logging.getLogger("prefect_rest.concurrency")

#: Renew when this fraction of the lease has passed (Prefect's).
RENEWAL_FRACTION = 0.75
#: Tries per renewal before it counts as failed (Prefect's), with backoff 1, 2 s.
RENEWAL_ATTEMPTS = 3
#: Rounds of "503 busy" (after the client's own retries) an acquisition waits out:
#: a busy SQLite server refuses concurrent increments now and then, and applies none.
BUSY_ROUNDS = 30


def names_list(names: str | list[str]) -> list[str]:
    """``names`` as a list (a single name, or a list of names)."""
    if isinstance(names, str):
        return names_arg("names", [names])
    return names_arg("names", names)


def check_args(occupy: Any, timeout_seconds: Any, max_retries: Any = None) -> None:
    """Refuse bad arguments before any request."""
    int_arg("occupy", occupy, 1)
    if timeout_seconds is not None and (
        isinstance(timeout_seconds, bool)
        or not isinstance(timeout_seconds, int | float)
        or not timeout_seconds >= 0
    ):
        raise InvalidArgument("timeout_seconds must be a non-negative number of seconds or None")
    if max_retries is not None:
        int_arg("max_retries", max_retries, 0)


async def acquire(
    client: Any,
    names: list[str],
    occupy: int,
    mode: Literal["concurrency", "rate_limit"],
    timeout_seconds: float | None,
    max_retries: int | None,
    strict: bool,
    lease_duration: float | None = None,
    holder: Any = None,
) -> tuple[UUID | None, list[dict[str, Any]]]:
    """Occupy ``occupy`` slots of each limit, waiting while the server answers 423.

    With ``lease_duration`` the slots are held under a lease (returned with the
    limits); without, they are taken for good (``rate_limit``: the limit's decay
    frees them).  A grant that races a cancellation is released before the
    cancellation goes on, so a cancelled holder never keeps slots.
    """
    try:
        with anyio.fail_after(timeout_seconds):
            lease_id, limits = await _acquire_loop(
                client, names, occupy, mode, max_retries, lease_duration, holder
            )
    except TimeoutError:
        raise AcquireConcurrencySlotTimeoutError(
            f"Attempt to acquire concurrency slots timed out after {timeout_seconds} second(s)"
        ) from None
    if not limits:
        if strict:
            raise ConcurrencySlotAcquisitionError(
                f"Concurrency limits {names!r} must be created before acquiring slots"
            )
        logger.warning("Concurrency limits %r do not exist - skipping acquisition.", names)
    return lease_id, limits


async def _acquire_loop(
    client: Any,
    names: list[str],
    occupy: int,
    mode: Literal["concurrency", "rate_limit"],
    max_retries: int | None,
    lease_duration: float | None,
    holder: Any,
) -> tuple[UUID | None, list[dict[str, Any]]]:
    retries = max_retries
    busy = 0
    while True:
        try:
            with anyio.CancelScope(shield=True):  # a granted lease must reach us
                if lease_duration is None:
                    response = await client.increment_concurrency_slots(names, occupy, mode)
                else:
                    response = await client.increment_concurrency_slots_with_lease(
                        names, occupy, mode, lease_duration=lease_duration, holder=holder
                    )
        except PrefectHTTPStatusError as exc:
            if exc.status_code == 503 and busy < BUSY_ROUNDS:
                busy += 1
                await anyio.sleep(0.05 + 0.2 * random.random())
                continue
            if exc.status_code != 423:
                raise ConcurrencySlotAcquisitionError(
                    f"Unable to acquire concurrency slots on {names!r}: {exc}"
                ) from exc
            if retries is not None:
                if retries <= 0:
                    raise ConcurrencySlotAcquisitionError(
                        f"Unable to acquire concurrency slots on {names!r}: "
                        f"no slot free after {max_retries} retries"
                    ) from exc
                retries -= 1
            wait = _retry.retry_after(exc.response)
            await anyio.sleep((wait if wait is not None else 1.0) * (0.9 + 0.2 * random.random()))
            continue
        body = response.json()
        if lease_duration is None:
            return None, list(body)
        lease_id = UUID(body["lease_id"]) if body.get("limits") else None
        try:
            await anyio.lowlevel.checkpoint()  # cancelled meanwhile: give the slots back
        except anyio.get_cancelled_exc_class():
            if lease_id is not None:
                await release(client, lease_id)
            raise
        return lease_id, list(body.get("limits") or [])


async def release(client: Any, lease_id: UUID) -> None:
    """Free the slots of ``lease_id`` (shielded from cancellation; a lease already gone is fine)."""
    with anyio.CancelScope(shield=True):
        try:
            await client.release_concurrency_slots_with_lease(lease_id)
        except ObjectNotFound:
            pass
        except PrefectRestError as exc:
            logger.warning("releasing concurrency lease %s failed: %s", lease_id, exc)


async def keep_renewed(
    client: Any,
    lease_id: UUID,
    lease_duration: float,
    on_failure: Any,
) -> None:
    """Renew the lease every ``RENEWAL_FRACTION`` of its duration until cancelled.

    A renewal that fails ``RENEWAL_ATTEMPTS`` times in a row calls
    ``on_failure(exc)`` and ends.
    """
    while True:
        await anyio.sleep(lease_duration * RENEWAL_FRACTION)
        for attempt in range(RENEWAL_ATTEMPTS):
            try:
                await client.renew_concurrency_lease(lease_id, lease_duration)
                break
            except PrefectRestError as exc:
                if attempt == RENEWAL_ATTEMPTS - 1 or isinstance(exc, ObjectNotFound):
                    on_failure(exc)
                    return
                delay = 2.0**attempt
                logger.warning(
                    "renewing concurrency lease %s failed (%s); retry in %.0f s",
                    lease_id,
                    type(exc).__name__,
                    delay,
                )
                await anyio.sleep(delay)
