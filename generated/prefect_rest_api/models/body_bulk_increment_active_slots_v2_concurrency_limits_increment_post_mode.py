from ..types import OpenStrEnum


class BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode(OpenStrEnum):
    """BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode: values this client knows; others decode too (``is_known`` is False)."""

    CONCURRENCY = "concurrency"
    RATE_LIMIT = "rate_limit"
