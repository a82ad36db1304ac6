from ..types import OpenStrEnum


class PauseAutomationSource(OpenStrEnum):
    """PauseAutomationSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
