from ..types import OpenStrEnum


class BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode(
    OpenStrEnum
):
    """BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode: values this client knows; others decode too (``is_known`` is False)."""

    CONCURRENCY = "concurrency"
    RATE_LIMIT = "rate_limit"
