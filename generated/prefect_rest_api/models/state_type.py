from ..types import OpenStrEnum


class StateType(OpenStrEnum):
    """StateType: values this client knows; others decode too (``is_known`` is False)."""

    CANCELLED = "CANCELLED"
    CANCELLING = "CANCELLING"
    COMPLETED = "COMPLETED"
    CRASHED = "CRASHED"
    FAILED = "FAILED"
    PAUSED = "PAUSED"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SCHEDULED = "SCHEDULED"
