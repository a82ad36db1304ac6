from ..types import OpenStrEnum


class PauseWorkPoolSource(OpenStrEnum):
    """PauseWorkPoolSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
