from ..types import OpenStrEnum


class WorkerStatus(OpenStrEnum):
    """WorkerStatus: values this client knows; others decode too (``is_known`` is False)."""

    OFFLINE = "OFFLINE"
    ONLINE = "ONLINE"
