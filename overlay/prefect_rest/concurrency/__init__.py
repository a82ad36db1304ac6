"""Global concurrency limits: ``concurrency()`` and ``rate_limit()``, async and sync.

    from prefect_rest.concurrency.asyncio import concurrency      # async with
    from prefect_rest.concurrency.sync import concurrency         # with

    async with concurrency("database", occupy=1):
        ...   # at most the limit's number of holders run this at once

As Prefect's ``prefect.concurrency``; the slots are held under a lease that is
renewed while the block runs and released when it ends, however it ends.
"""

from __future__ import annotations

from .errors import (
    AcquireConcurrencySlotTimeoutError,
    ConcurrencySlotAcquisitionError,
    LeaseRenewalError,
)

__all__ = [
    "AcquireConcurrencySlotTimeoutError",
    "ConcurrencySlotAcquisitionError",
    "LeaseRenewalError",
]
