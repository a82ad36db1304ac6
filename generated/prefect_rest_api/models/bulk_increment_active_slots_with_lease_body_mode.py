from ..types import OpenStrEnum


class BulkIncrementActiveSlotsWithLeaseBodyMode(OpenStrEnum):
    """BulkIncrementActiveSlotsWithLeaseBodyMode: values this client knows; others decode too (``is_known`` is False)."""

    CONCURRENCY = "concurrency"
    RATE_LIMIT = "rate_limit"
