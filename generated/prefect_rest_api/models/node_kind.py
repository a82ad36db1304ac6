from ..types import OpenStrEnum


class NodeKind(OpenStrEnum):
    """NodeKind: values this client knows; others decode too (``is_known`` is False)."""

    FLOW_RUN = "flow-run"
    TASK_RUN = "task-run"
