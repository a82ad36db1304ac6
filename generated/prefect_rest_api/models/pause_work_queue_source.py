from ..types import OpenStrEnum


class PauseWorkQueueSource(OpenStrEnum):
    """PauseWorkQueueSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
