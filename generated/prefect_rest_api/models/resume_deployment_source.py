from ..types import OpenStrEnum


class ResumeDeploymentSource(OpenStrEnum):
    """ResumeDeploymentSource: values this client knows; others decode too (``is_known`` is False)."""

    INFERRED = "inferred"
    SELECTED = "selected"
