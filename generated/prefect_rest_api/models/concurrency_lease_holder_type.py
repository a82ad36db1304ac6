from ..types import OpenStrEnum


class ConcurrencyLeaseHolderType(OpenStrEnum):
    """ConcurrencyLeaseHolderType: values this client knows; others decode too (``is_known`` is False)."""

    DEPLOYMENT = "deployment"
    FLOW_RUN = "flow_run"
    TASK_RUN = "task_run"
