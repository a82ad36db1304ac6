from ..types import OpenStrEnum


class BulkIncrementActiveSlotsBodyMode(OpenStrEnum):
    """BulkIncrementActiveSlotsBodyMode: values this client knows; others decode too (``is_known`` is False)."""

    CONCURRENCY = "concurrency"
    RATE_LIMIT = "rate_limit"
