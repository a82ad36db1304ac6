from ..types import OpenStrEnum


class ResumeWorkQueueSource(OpenStrEnum):
    """ResumeWorkQueueSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
