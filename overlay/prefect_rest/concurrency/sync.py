"""``concurrency()`` and ``rate_limit()`` for sync code (Prefect's ``prefect.concurrency.sync``).

Each is the async form (same parameters) run on a helper event loop thread: the
lease is renewed there while the block runs in the calling thread, and released
when the block ends (normally, on an exception, on Ctrl-C).  A lease that cannot
be renewed with ``raise_on_lease_renewal_failure`` raises ``LeaseRenewalError``
when the block ends (a thread cannot be interrupted mid-way).
"""

from __future__ import annotations

from ..events._bridge import sync_context_form, sync_form
from . import asyncio as _async

__all__ = ["concurrency", "rate_limit"]

#: Hold slots of the limits in ``names`` for a ``with`` block (see the async form).
concurrency = sync_context_form(_async.concurrency)

#: Wait until slots of the limits in ``names`` are taken (see the async form).
rate_limit = sync_form(_async.rate_limit)
