from ..types import OpenStrEnum


class WorkQueueStatus(OpenStrEnum):
    """WorkQueueStatus: values this client knows; others decode too (``is_known`` is False)."""

    NOT_READY = "NOT_READY"
    PAUSED = "PAUSED"
    READY = "READY"
