from ..types import OpenStrEnum


class ResumeAutomationSource(OpenStrEnum):
    """ResumeAutomationSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
