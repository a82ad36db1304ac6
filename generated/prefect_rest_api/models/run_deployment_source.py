from ..types import OpenStrEnum


class RunDeploymentSource(OpenStrEnum):
    """RunDeploymentSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
