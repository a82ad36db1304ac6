from ..types import OpenStrEnum


class ResumeWorkPoolSource(OpenStrEnum):
    """ResumeWorkPoolSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
