from ..types import OpenStrEnum


class DeploymentStatus(OpenStrEnum):
    """DeploymentStatus: values this client knows; others decode too (``is_known`` is False)."""

    NOT_READY = "NOT_READY"
    READY = "READY"
