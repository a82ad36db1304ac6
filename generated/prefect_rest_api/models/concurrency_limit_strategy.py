from ..types import OpenStrEnum


class ConcurrencyLimitStrategy(OpenStrEnum):
    """ConcurrencyLimitStrategy: values this client knows; others decode too (``is_known`` is False)."""

    CANCEL_NEW = "CANCEL_NEW"
    ENQUEUE = "ENQUEUE"
