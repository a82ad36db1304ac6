from ..types import OpenStrEnum


class FlowRunCreateResultStatus(OpenStrEnum):
    """FlowRunCreateResultStatus: values this client knows; others decode too (``is_known`` is False)."""

    CREATED = "CREATED"
    FAILED = "FAILED"
