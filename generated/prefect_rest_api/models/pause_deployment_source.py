from ..types import OpenStrEnum


class PauseDeploymentSource(OpenStrEnum):
    """PauseDeploymentSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
