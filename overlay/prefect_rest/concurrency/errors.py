"""The errors of the global-concurrency helpers (Prefect's names)."""

from __future__ import annotations

from ..exceptions import PrefectRestError


class ConcurrencySlotAcquisitionError(PrefectRestError):
    """Slots could not be acquired: a missing limit with ``strict=True``, or the server refused."""


class AcquireConcurrencySlotTimeoutError(ConcurrencySlotAcquisitionError, TimeoutError):
    """The slots were not free within ``timeout_seconds`` (also a ``TimeoutError``)."""


class LeaseRenewalError(PrefectRestError):
    """The lease of held slots could not be renewed: they may be given to others."""
